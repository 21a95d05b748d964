import DriftIO
import SystemPackage

/// Reads a file or standard input line by line, as bytes, without loading it whole: the input
/// of streaming commands such as `drift pairs`. Memory stays within about one line, however
/// long the input.
public final class LineReader {
    /// The path read, `-` for standard input.
    public let path: String
    /// The longest line accepted, in bytes.
    public let maxLineBytes: Int
    private let descriptor: FileDescriptor
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next newline resumes: bytes before it hold none.
    private var scanned = 0
    private var finished = false
    /// The number of the line last returned or skipped, counting from 1; 0 before the first.
    public private(set) var lineNumber = 0

    /// Called before each read from the input, which may wait: a streaming caller flushes its
    /// output here.
    public var beforeRead: (() -> Void)?

    /// Opens `path`, or standard input for `-`.
    ///
    /// - Parameters:
    ///   - path: The file, or `-`.
    ///   - maxLineBytes: The longest line accepted; a longer one is skipped with
    ///     `InputError.lineTooLong`.
    /// - Throws: `InputError.unreadable` or `.isDirectory`.
    public init(path: String, maxLineBytes: Int = Document.defaultMaxBytes) throws(InputError) {
        self.path = path
        self.maxLineBytes = max(1, maxLineBytes)
        do {
            descriptor = try FileIO.openForReading(path).descriptor
        } catch {
            throw InputError(error)
        }
    }

    deinit {
        FileIO.release(descriptor)
    }

    /// The next line without its `\n` (a final line without one is returned too), or nil at
    /// the end.
    ///
    /// - Throws: `InputError.unreadable` when reading fails, and `.lineTooLong` for a line
    ///   over `maxLineBytes`, which is skipped: the next call returns the line after it.
    public func nextLine() throws(InputError) -> [UInt8]? {
        var skipping = false
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let line = skipping ? [] : Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if skipping || line.count > maxLineBytes {
                    throw .lineTooLong(path: path, line: lineNumber, limit: maxLineBytes)
                }
                return line
            }
            scanned = buffer.count
            if finished {
                guard start < buffer.count || skipping else { return nil }
                lineNumber += 1
                let line = Array(buffer[start...])
                start = buffer.count
                if skipping || line.count > maxLineBytes {
                    throw .lineTooLong(path: path, line: lineNumber, limit: maxLineBytes)
                }
                return line
            }
            if buffer.count - start > maxLineBytes {
                // Too long: drop what is buffered and read on to the line's end.
                skipping = true
                start = buffer.count
            }
            try fill()
        }
    }

    /// Everything not yet returned, up to the end of the input, as it was (newlines included).
    public func remainingBytes() throws(InputError) -> [UInt8] {
        while !finished { try fill() }
        let rest = Array(buffer[start...])
        start = buffer.count
        scanned = start
        return rest
    }

    private func fill() throws(InputError) {
        beforeRead?()
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        do {
            if try FileIO.readChunk(descriptor, path: path, appendingTo: &buffer) == 0 { finished = true }
        } catch {
            throw InputError(error)
        }
    }
}
