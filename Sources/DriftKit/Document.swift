import DriftIO
public import DriftText

/// One version of a story as drift reads it: where it came from and its decoded text.
public struct Document: Sendable {
    /// The path it was read from, `<stdin>` for standard input, or a caller's label.
    public let path: String

    /// The name of standard input in records, reports and messages: `<stdin>`, read from `-`.
    public static let standardInputName = "<stdin>"
    /// The decoded text; offsets count from the first character after a byte order mark.
    public let text: Text

    /// Creates a document from text already in memory.
    public init(path: String, string: String) {
        self.path = path
        self.text = Text(string)
    }

    /// The default largest input: 256 MiB.
    public static let defaultMaxBytes = 256 << 20

    /// Reads and decodes a document.
    ///
    /// - Parameters:
    ///   - path: A file path, or `-` for standard input.
    ///   - lossy: Replace invalid byte sequences with U+FFFD instead of failing.
    ///   - maxBytes: The largest input accepted; a larger one is refused before it is read
    ///     (a regular file) or as soon as it passes the limit (a pipe).
    /// - Throws: `InputError` naming the path and, for bad bytes, their position.
    public init(contentsOf path: String, lossy: Bool = false, maxBytes: Int = Document.defaultMaxBytes)
        throws(InputError)
    {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.bytes(at: path, maxBytes: maxBytes)
        } catch {
            throw InputError(error)
        }
        do {
            self.init(
                path: path == "-" ? Self.standardInputName : path, string: try TextDecoder.decode(bytes, lossy: lossy))
        } catch {
            throw .undecodable(path: path, error)
        }
    }
}
