/// Formats of a report over comparisons, fresh (`drift compare`) or saved (`drift report`).
public enum ReportFormat: String, Sendable, CaseIterable {
    /// One self-contained HTML page: overview, side by side, findings.
    case html
    /// One row per version (`SummaryRenderer.columns`), RFC 4180.
    case csv
    /// One JSON object per version and line, the same fields as `csv`.
    case jsonl
}
