import ArgumentParser

/// Output formats of `drift batch`.
enum BatchFormat: String, ExpressibleByArgument, FileFormat {
    /// A `drift.batch/1` record per line.
    case jsonl
    /// A header, then a row per version.
    case csv
}
