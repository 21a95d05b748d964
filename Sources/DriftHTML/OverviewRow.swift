/// A version's line in the overview table.
struct OverviewRow: Encodable {
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
    /// The MQM-style error score, or a dash for records without one.
    let mqm: String
    let critical: Int
    /// Whether there are critical findings, which the table marks.
    let hasCritical: Bool
    let major: Int
    let minor: Int
}
