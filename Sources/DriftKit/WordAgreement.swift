import DriftAlign

/// How far a word diff agrees with the wording it was made against: what the collation, its
/// consensus vote and the consensus check read from a diff alike.
enum WordAgreement {
    /// Whether an operation changes words: not equal, and not a change of case or typographic
    /// style alone.
    static func changesWords(_ operation: DiffOperation) -> Bool {
        operation.kind != .equal && !(operation.kind == .substituted && operation.relation == .folded)
    }

    /// Whether the diff changes no word.
    static func agrees(_ diff: [DiffOperation]) -> Bool {
        !diff.contains(where: changesWords)
    }

    /// Whether the two sides of a diff are worded alike: at least half of the characters of
    /// each side's words are in runs it leaves as they are.
    static func wordedAlike(_ diff: [DiffOperation]) -> Bool {
        let kept = diff.filter { !changesWords($0) }
        func share(_ side: KeyPath<DiffOperation, Range<Int>?>) -> (kept: Int, all: Int) {
            (
                kept.reduce(0) { $0 + ($1[keyPath: side]?.count ?? 0) },
                diff.reduce(0) { $0 + ($1[keyPath: side]?.count ?? 0) }
            )
        }
        let (reference, version) = (share(\.reference), share(\.version))
        return 2 * reference.kept >= reference.all && 2 * version.kept >= version.all
    }
}
