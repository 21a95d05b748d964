public import DriftIO

/// Why a story's folder could not be read. Every case names the folder or file.
public enum StoryFolderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The folder or its `drift.toml` could not be read.
    case unreadable(path: String, FileIOError)
    /// The folder has neither a `drift.toml` naming the reference nor a `reference.*` file.
    case noReference(path: String)
    /// Several files are named `reference.*`.
    case severalReferences(path: String, names: [String])
    /// The folder holds nothing to compare with the reference.
    case noVersions(path: String)
    /// The `drift.toml` is not valid TOML or has a member drift does not know.
    case invalidConfiguration(path: String, line: Int?, reason: String)

    /// The folder or file the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .noReference(let path), .severalReferences(let path, _), .noVersions(let path),
            .invalidConfiguration(let path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let error):
            switch error {
            case .unreadable(_, let reason), .unwritable(_, let reason): "\(path): cannot read: \(reason)"
            case .isDirectory: "\(path): is a directory"
            case .notADirectory: "\(path): not a directory"
            case .tooLarge(_, let limit): "\(path): larger than \(limit) bytes"
            }
        case .noReference(let path):
            "\(path): no reference: name it in drift.toml (reference = \"…\") or call it reference.txt"
        case .severalReferences(let path, let names):
            "\(path): several references (\(names.joined(separator: ", "))); name one in drift.toml"
        case .noVersions(let path): "\(path): no version to compare with the reference"
        case .invalidConfiguration(let path, let line, let reason):
            "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        }
    }
}
