public import DriftIO
public import DriftText

/// Why an input could not be read. Every case names the input (a path, or `-` for standard
/// input).
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be opened or read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The bytes are not text drift can read.
    case undecodable(path: String, TextDecodingError)
    /// The input is larger than the limit, in bytes.
    case tooLarge(path: String, limit: Int)
    /// A line of a line-by-line input is longer than the limit, in bytes; the reader goes on
    /// with the next line.
    case lineTooLong(path: String, line: Int, limit: Int)

    /// The input the error is about.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .isDirectory(let path), .undecodable(let path, _), .tooLarge(let path, _),
            .lineTooLong(let path, _, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(Self.display(path)): cannot read: \(reason)"
        case .isDirectory(let path): "\(Self.display(path)): is a directory, not a text file"
        case .undecodable(let path, let error): "\(Self.display(path)): \(error)"
        case .tooLarge(let path, let limit): "\(Self.display(path)): larger than the limit of \(Self.bytes(limit))"
        case .lineTooLong(let path, let line, let limit):
            "\(Self.display(path)):\(line): the line is longer than the limit of \(Self.bytes(limit))"
        }
    }

    /// `limit` in the unit a person would use: 268435456 → "256 MiB (268435456 bytes)".
    private static func bytes(_ limit: Int) -> String {
        for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)]
        where limit >= size && limit % size == 0 {
            return "\(limit / size) \(unit) (\(limit) bytes)"
        }
        return "\(limit) bytes"
    }

    /// The input error of a file that could not be read.
    public init(_ error: FileIOError) {
        switch error {
        case .unreadable(let path, let reason), .unwritable(let path, let reason):
            self = .unreadable(path: path, reason: reason)
        case .isDirectory(let path): self = .isDirectory(path: path)
        case .notADirectory(let path): self = .unreadable(path: path, reason: "not a directory")
        case .tooLarge(let path, let limit): self = .tooLarge(path: path, limit: limit)
        }
    }

    private static func display(_ path: String) -> String { path == "-" ? Document.standardInputName : path }
}
