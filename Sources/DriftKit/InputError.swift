public import DriftText

/// Why an input could not be read. Every case names the input (a path, or `-` for standard
/// input).
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be opened or read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The bytes are not text drift can read.
    case undecodable(path: String, DecodingError)

    /// The input the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .isDirectory(let path), .undecodable(let path, _): path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(Self.display(path)): cannot read: \(reason)"
        case .isDirectory(let path): "\(Self.display(path)): is a directory, not a text file"
        case .undecodable(let path, let error): "\(Self.display(path)): \(error)"
        }
    }

    private static func display(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
