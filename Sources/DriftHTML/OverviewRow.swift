import Mustache

/// A version's line in the overview table.
struct OverviewRow {
    /// The version section's id, `v2`.
    let id: String
    let path: String
    let verdict: String
    let verdictClass: String
    let coverage: String
    let drift: String
    let garble: String
    let additions: String
    let omissions: String
    let critical: Int
    /// Whether there are critical findings, which the table marks.
    let hasCritical: Bool
    let major: Int
    let minor: Int
}

/// Fields by name without reflection (see `TextPiece`).
extension OverviewRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "path": path
        case "verdict": verdict
        case "verdictClass": verdictClass
        case "coverage": coverage
        case "drift": drift
        case "garble": garble
        case "additions": additions
        case "omissions": omissions
        case "critical": critical
        case "hasCritical": hasCritical
        case "major": major
        case "minor": minor
        default: nil
        }
    }
}
