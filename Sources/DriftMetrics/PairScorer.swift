/// Scores single reference–candidate pairs with sentence-level metrics, as `drift pairs` does
/// for every line of its input.
public struct PairScorer: Sendable {
    private let chrf = CHRF()
    private let bleu = BLEU(effectiveOrder: true)
    private let ter = TER()

    public init() {}

    /// The metrics of `candidate` against `reference`.
    public func score(reference: String, candidate: String) -> PairScores {
        PairScores(
            chrf: chrf.sentenceScore(hypothesis: candidate, references: [reference]).score,
            bleu: bleu.sentenceScore(hypothesis: candidate, references: [reference]).score,
            ter: ter.sentenceScore(hypothesis: candidate, references: [reference]).score)
    }
}
