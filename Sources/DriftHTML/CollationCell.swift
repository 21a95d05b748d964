/// A document's sentences in a group of the collation view, or its gap.
struct CollationCell: Encodable {
    /// `3` or `3–4`, 1-based; nil for a gap.
    let numbers: String?
    /// The sentences with their deviations from the consensus marked; nil for a gap.
    let pieces: [TextPiece]?
    /// `agrees` when the document words the group as the consensus does, `deviates` when
    /// not, `absent` for a gap: the cell's CSS class.
    let state: String
}
