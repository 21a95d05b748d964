import Mustache

/// A version's section: its judgement and the two texts side by side.
struct VersionSection {
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

/// Fields by name without reflection (see `TextPiece`).
extension VersionSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "path": path
        case "referencePath": referencePath
        case "verdict": verdict
        case "verdictClass": verdictClass
        case "reason": reason
        case "figures": figures
        case "labels": labels
        case "rows": rows
        case "findingSummary": findingSummary
        default: nil
        }
    }
}
