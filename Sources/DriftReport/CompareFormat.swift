/// Output formats of `drift compare`.
public enum CompareFormat: String, Sendable, CaseIterable {
    /// A summary table, then per version its judgement and every link side by side.
    case text
    /// The `drift.compare/1` document (docs/schema/compare.schema.json).
    case json
}
