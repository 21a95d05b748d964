/// The judgements of sentence pairs against one reference, so that a pair that comes again (a
/// sentence every version kept as it was, a version given twice) is judged once. A reference's
/// memo lives as long as its prepared reference; it is emptied when it reaches `limit`.
final class JudgementMemo {
    /// A pair as the judge sees it.
    struct Key: Hashable {
        var reference: String
        var candidate: String
        var cosine: Double?
    }

    private var judgements: [Key: PairJudgement] = [:]
    private static let limit = 4096

    /// The judgement of `key`, made by `judge` the first time.
    func judgement(of key: Key, _ judge: () -> PairJudgement) -> PairJudgement {
        if let known = judgements[key] { return known }
        let made = judge()
        if judgements.count >= Self.limit { judgements.removeAll(keepingCapacity: true) }
        judgements[key] = made
        return made
    }
}
