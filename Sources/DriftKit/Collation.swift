public import DriftText

/// Several versions of one story side by side: each aligned to a pivot, and the sentences that
/// correspond across versions grouped, each group with the wording most versions agree on.
///
/// Groups come in reading order: the pivot's sentences in its order, and between them the
/// groups of sentences the pivot lacks, where the versions that have them put them.
public struct Collation: Sendable {
    /// The documents' paths, in the order given.
    public let paths: [String]
    /// Each document's article text, segmented (web page residue left out).
    public let texts: [SegmentedText]
    /// The pivot document's index: the reference given, or the document closest to all others.
    public let pivot: Int
    /// The groups, in reading order.
    public let groups: [CollationGroup]

    /// Creates a collation.
    public init(paths: [String], texts: [SegmentedText], pivot: Int, groups: [CollationGroup]) {
        self.paths = paths
        self.texts = texts
        self.pivot = pivot
        self.groups = groups
    }

    /// The text of document `document`'s sentences in group `group`, or nil for a gap.
    public func text(of document: Int, in group: Int) -> String? {
        texts[document].span(ofSentences: groups[group].members[document]).map { texts[document].text[$0] }
    }
}
