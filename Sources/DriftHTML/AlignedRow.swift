/// One row of the side-by-side table: a link, or web residue left out of the alignment.
struct AlignedRow: Encodable {
    /// `v2-l14`, the target of the heat strip's cells.
    let id: String
    /// The judge's label (`paraphrase`), or `boilerplate`.
    let label: String
    /// The link type (`1-2`), nil for web residue.
    let type: String?
    /// `drift 0.42`, nil where there is nothing to compare.
    let drift: String?
    /// Whether the row can be hidden by "hide identical sentences".
    let identical: Bool
    /// `3` or `3–4`, the sentence numbers on each side; nil when the side is empty.
    let referenceNumbers: String?
    let versionNumbers: String?
    /// The text of each side, nil when the side is empty.
    let reference: [TextPiece]?
    let version: [TextPiece]?
    /// What an empty side means: `omitted from the version`.
    let referenceGap: String
    let versionGap: String
    /// Why the judge chose the label.
    let evidence: [String]
    /// A link to the other end of a moved sentence: text and row id.
    var jump: LabelledValue?
}
