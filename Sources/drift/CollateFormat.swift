import ArgumentParser

/// Output formats of `drift collate`.
enum CollateFormat: String, ExpressibleByArgument, FileFormat {
    /// A block per group: the consensus and the documents that word it otherwise.
    case text
    /// The `drift.collate/1` document (docs/schema/collate.schema.json).
    case json
    /// A row per group, a column per document.
    case csv
    /// A self-contained page: a column per document, the consensus row of every group, the
    /// deviations marked.
    case html
}
