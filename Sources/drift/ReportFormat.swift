/// Output formats of a comparison's record, fresh (`drift compare`) or saved (`drift report`).
enum ReportFormat: String, Sendable, FileFormat {
    /// A summary table, then per version its judgement and every link side by side.
    case text
    /// The `drift.compare/1` document (docs/schema/compare.schema.json); one per line when
    /// there are several.
    case json
    /// One self-contained HTML page: overview, side by side, findings.
    case html
    /// One row per version (`SummaryRenderer.columns`), RFC 4180.
    case csv
    /// One JSON object per version and line, the same fields as `csv`.
    case jsonl
}
