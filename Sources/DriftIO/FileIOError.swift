/// Why a file could not be read or written. Every case names the file (`-` for standard input).
public enum FileIOError: Error, Sendable, Equatable {
    /// The file could not be opened or read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// The path names a directory.
    case isDirectory(path: String)
    /// The path names something other than a directory where one was expected.
    case notADirectory(path: String)
    /// The file is larger than the limit, in bytes.
    case tooLarge(path: String, limit: Int)
    /// The file could not be written; `reason` is the system's message.
    case unwritable(path: String, reason: String)
}
