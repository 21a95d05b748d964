#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens and reads files, or standard input for the path `-`, with POSIX calls.
enum FileReader {
    /// How long a named FIFO may stay without data before reading it fails, in milliseconds.
    static let fifoWait: Int32 = 10_000

    /// Opens `path` for reading (standard input for `-`).
    ///
    /// A directory is refused. A named FIFO is opened without waiting for a writer; nothing
    /// written to it within `fifoWait` fails instead of hanging. Pipes handed over as
    /// `/dev/fd/N` (process substitution) and standard input are read as they come.
    static func openForReading(_ path: String) throws(InputError) -> Int32 { try openFile(path).descriptor }

    /// `openForReading`, with the size of a regular file (nil for anything else) from the same `fstat`.
    private static func openFile(_ path: String) throws(InputError) -> (descriptor: Int32, regularSize: Int?) {
        if path == "-" { return (STDIN_FILENO, nil) }
        var link = stat()
        let isNamedFIFO = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFIFO
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (isNamedFIFO ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemMessage()) }
        var info = stat()
        let isKnown = fstat(descriptor, &info) == 0
        if isKnown, (info.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .isDirectory(path: path)
        }
        if isNamedFIFO {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            var ready: Int32
            repeat { ready = poll(&request, 1, fifoWait) } while ready < 0 && errno == EINTR
            guard ready > 0 else {
                close(descriptor)
                throw .unreadable(path: path, reason: "a FIFO nothing was written to within \(fifoWait / 1000) s")
            }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        }
        return (descriptor, isKnown && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil)
    }

    /// The whole content of `path`, refused beyond `maxBytes`.
    static func bytes(at path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
        let (descriptor, size) = try openFile(path)
        defer { release(descriptor) }
        if let size, size > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
        var result: [UInt8] = []
        result.reserveCapacity((size ?? 0) + 1)
        while true {
            let count = try readChunk(descriptor, path: path, appendingTo: &result)
            if count == 0 { return result }
            if result.count > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
        }
    }

    /// Reads up to 64 KiB onto the end of `buffer`, retrying when interrupted; 0 at the end.
    static func readChunk(_ descriptor: Int32, path: String, appendingTo buffer: inout [UInt8]) throws(InputError)
        -> Int
    {
        let chunk = 1 << 16
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + start, chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            buffer.removeLast(chunk)
            throw .unreadable(path: path, reason: systemMessage())
        }
        buffer.removeLast(chunk - count)
        return count
    }

    /// Closes a descriptor `openForReading` returned, unless it is standard input.
    static func release(_ descriptor: Int32) {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    static func systemMessage() -> String { String(cString: strerror(errno)) }
}
