/// Output formats of `drift compare`: its own `text` and `json`, and the report formats.
public enum CompareFormat: String, Sendable, CaseIterable {
    /// A summary table, then per version its judgement and every link side by side.
    case text
    /// The `drift.compare/1` document (docs/schema/compare.schema.json).
    case json
    /// One self-contained HTML page: overview, side by side, findings.
    case html
    /// One row per version (`SummaryRenderer.columns`), RFC 4180.
    case csv
    /// One JSON object per version and line, the same fields as `csv`.
    case jsonl

    /// The report format of the same name (`html`, `csv`, `jsonl`); nil for `text` and `json`.
    public var reportFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }
}
