public import DriftAlign

/// Sentences that correspond across the versions of a story, and the wording they agree on.
public struct CollationGroup: Sendable, Hashable {
    /// Each document's sentences in the group, by index into its segmented text; an empty range
    /// where the document has none (a gap).
    public var members: [Range<Int>]
    /// The wording the documents agree on: a majority over the aligned words, ties broken
    /// towards the pivot (where the pivot has a gap, towards the first document that has the
    /// group).
    public var consensus: String
    /// Whether each document words the group as the consensus does, word for word once case
    /// and typographic style are set aside; false for a gap.
    public var agrees: [Bool]
    /// Each document's word diff against the consensus: `reference` ranges are scalar offsets
    /// into `consensus`, `version` ranges into the document's text; empty for a gap.
    public var diffs: [[DiffOperation]]

    /// Creates a group.
    public init(members: [Range<Int>], consensus: String, agrees: [Bool], diffs: [[DiffOperation]]) {
        self.members = members
        self.consensus = consensus
        self.agrees = agrees
        self.diffs = diffs
    }

    /// How many documents word the group as the consensus does.
    public var agreement: Int { agrees.count { $0 } }

    /// How many documents have the group.
    public var present: Int { members.count { !$0.isEmpty } }
}
