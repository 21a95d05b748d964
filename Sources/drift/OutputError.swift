/// An output file that could not be written.
struct OutputError: Error, CustomStringConvertible {
    /// The file's path.
    var path: String
    /// The system's message.
    var reason: String

    var description: String { "\(path): cannot write: \(reason)" }
}
