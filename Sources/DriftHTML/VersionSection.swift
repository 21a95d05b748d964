/// A version's section: its judgement and the two texts side by side.
struct VersionSection: Encodable {
    /// `v2`.
    let id: String
    let path: String
    let referencePath: String
    let verdict: String
    /// The verdict as a CSS class: `machine-translation-with-errors`.
    let verdictClass: String
    let reason: String
    /// Coverage, drift, garble, additions, omissions: label and value.
    let figures: [LabelledValue]
    /// Links by label, the labels that occur.
    let labels: [LabelledValue]
    let rows: [AlignedRow]
    /// `3 findings` or `no findings`.
    let findingSummary: String
}
