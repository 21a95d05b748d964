import DriftText

/// A file of one segment per line read as sacreBLEU reads it, one line at a time: lines split on
/// `\n`, trailing white space (and so a `\r`) stripped from each, no line after a final
/// newline. Memory stays within about one line, so files of any length can be scored.
///
/// UTF-8 with or without a byte order mark is decoded line by line; UTF-16 (with its byte order
/// mark) is decoded whole.
public final class LineSource {
    /// The path read, `-` for standard input.
    public let path: String
    /// The lines returned so far.
    public private(set) var count = 0
    private let reader: LineReader
    private let lossy: Bool
    private let maxBytes: Int
    private var bytesRead = 0
    private var sawText = false
    /// The lines of a UTF-16 file, decoded whole, not yet returned (reversed).
    private var decoded: [String]?

    /// Opens `path`, or standard input for `-`.
    ///
    /// - Parameters:
    ///   - path: The file, or `-`.
    ///   - lossy: Replace invalid byte sequences with U+FFFD instead of failing.
    ///   - maxBytes: The largest input accepted.
    /// - Throws: `InputError.unreadable` or `.isDirectory`.
    public init(path: String, lossy: Bool = false, maxBytes: Int = Document.defaultMaxBytes) throws(InputError) {
        self.path = path
        self.lossy = lossy
        self.maxBytes = maxBytes
        reader = try LineReader(path: path, maxLineBytes: maxBytes)
    }

    /// The next line, or nil at the end.
    ///
    /// - Throws: `InputError` naming the file, with the byte, line and column of invalid
    ///   UTF-8; `.undecodable(path, .empty)` at the end of a file without any text.
    public func next() throws(InputError) -> String? {
        if decoded != nil { return nextDecoded() }
        guard var bytes = try reader.nextLine() else {
            guard sawText else { throw .undecodable(path: path, .empty) }
            return nil
        }
        var lineStart = bytesRead
        bytesRead += bytes.count + 1
        if bytesRead > maxBytes + 1 { throw .tooLarge(path: path, limit: maxBytes) }
        if count == 0 {
            if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
                try decodeWhole(bytes)
                return nextDecoded()
            }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes.removeFirst(3)
                lineStart += 3
            }
        }
        let line: String
        do {
            line = try TextDecoder.decodeLine(bytes, lossy: lossy)
        } catch {
            throw .undecodable(path: path, Self.located(error, lineStart: lineStart, line: count + 1))
        }
        count += 1
        let stripped = Self.rightStripped(line)
        if !stripped.isEmpty { sawText = true }
        return stripped
    }

    /// Decodes the rest of a UTF-16 file whole, `first` being its first line.
    private func decodeWhole(_ first: [UInt8]) throws(InputError) {
        let bytes = first + [0x0A] + (try reader.remainingBytes())
        if bytes.count > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
        let text: String
        do {
            text = try TextDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw .undecodable(path: path, error)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.rightStripped(String($0)) }
        if text.hasSuffix("\n") { lines.removeLast() }
        sawText = true
        decoded = lines.reversed()
    }

    private func nextDecoded() -> String? {
        guard let line = decoded?.popLast() else { return nil }
        count += 1
        return line
    }

    /// A line's decoding error placed in the file.
    private static func located(_ error: TextDecodingError, lineStart: Int, line: Int) -> TextDecodingError {
        switch error {
        case .invalidUTF8(let offset, _, let column):
            .invalidUTF8(byteOffset: lineStart + offset, line: line, column: column)
        case .binary(let offset): .binary(byteOffset: lineStart + offset)
        default: error
        }
    }

    /// The line without trailing white space, as Python's `rstrip()`.
    private static func rightStripped(_ line: String) -> String {
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace || (0x1C...0x1F).contains(last.value) {
            scalars = scalars.dropLast()
        }
        return scalars.count == line.unicodeScalars.count ? line : String(scalars)
    }
}
