/// Why a whole manifest could not be read (a bad row only fails its item). Every case names
/// the manifest.
public enum ManifestError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The manifest or directory could not be read.
    case unreadable(path: String, reason: String)
    /// The file's name says neither CSV, TSV nor JSON Lines.
    case unknownFormat(path: String)
    /// A CSV or TSV header lacks a required column.
    case missingColumn(path: String, column: String)
    /// The manifest lists nothing to compare.
    case empty(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .unknownFormat(let path):
            "\(path): not a manifest drift knows: name it .csv, .tsv or .jsonl, or give a directory of stories"
        case .missingColumn(let path, let column):
            "\(path):1: the header has no '\(column)' column (needed: id, reference, version; optional: glossary, language)"
        case .empty(let path): "\(path): nothing to compare"
        }
    }
}
