public import SystemPackage

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every file read and write of drift, through swift-system's `FileDescriptor`: files and
/// standard input read whole or in chunks, standard output and error written in full, and
/// output files replaced whole. Reads and writes are retried when a signal interrupts them.
public enum FileIO {
    /// How long a named FIFO may stay without data before reading it fails, in milliseconds.
    public static let fifoWait: Int32 = 10_000

    /// Opens `path` for reading (standard input for `-`), with the size of a regular file
    /// (nil for anything else).
    ///
    /// A directory is refused. A named FIFO is opened without waiting for a writer; nothing
    /// written to it within `fifoWait` fails instead of hanging. Pipes handed over as
    /// `/dev/fd/N` (process substitution) and standard input are read as they come.
    ///
    /// - Throws: `FileIOError.unreadable` or `.isDirectory`.
    public static func openForReading(_ path: String) throws(FileIOError) -> (
        descriptor: FileDescriptor, regularSize: Int?
    ) {
        if path == "-" { return (.standardInput, nil) }
        let isNamedFIFO = (try? Stat(FilePath(path), followTargetSymlink: false))?.type == .fifo
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                FilePath(path), .readOnly, options: isNamedFIFO ? [.closeOnExec, .nonBlocking] : [.closeOnExec])
        } catch {
            throw .unreadable(path: path, reason: Self.message(error))
        }
        let info = try? Stat(descriptor)
        if info?.type == .directory {
            release(descriptor)
            throw .isDirectory(path: path)
        }
        if isNamedFIFO {
            var request = pollfd(fd: descriptor.rawValue, events: Int16(POLLIN), revents: 0)
            var ready: Int32
            repeat { ready = poll(&request, 1, fifoWait) } while ready < 0 && errno == EINTR
            guard ready > 0 else {
                release(descriptor)
                throw .unreadable(path: path, reason: "a FIFO nothing was written to within \(fifoWait / 1000) s")
            }
            _ = fcntl(descriptor.rawValue, F_SETFL, fcntl(descriptor.rawValue, F_GETFL) & ~O_NONBLOCK)
        }
        return (descriptor, info.flatMap { $0.type == .regular ? Int($0.size) : nil })
    }

    /// The whole content of `path` (standard input for `-`), refused beyond `maxBytes`: a
    /// regular file before it is read, anything else as soon as it passes the limit.
    ///
    /// - Throws: `FileIOError.unreadable`, `.isDirectory` or `.tooLarge`.
    public static func bytes(at path: String, maxBytes: Int = .max) throws(FileIOError) -> [UInt8] {
        let (descriptor, size) = try openForReading(path)
        defer { release(descriptor) }
        if let size, size > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
        var result: [UInt8] = []
        result.reserveCapacity(min(size ?? 0, maxBytes) + 1)
        while true {
            let count = try readChunk(descriptor, path: path, appendingTo: &result)
            if count == 0 { return result }
            if result.count > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
        }
    }

    /// Reads up to 64 KiB onto the end of `buffer`; 0 at the end of the input.
    ///
    /// - Throws: `FileIOError.unreadable` naming `path`.
    public static func readChunk(_ descriptor: FileDescriptor, path: String, appendingTo buffer: inout [UInt8])
        throws(FileIOError) -> Int
    {
        let chunk = 1 << 16
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        do {
            let count = try buffer.withUnsafeMutableBytes { bytes in
                try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]))
            }
            buffer.removeLast(chunk - count)
            return count
        } catch {
            buffer.removeLast(chunk)
            throw .unreadable(path: path, reason: Self.message(error))
        }
    }

    /// Closes a descriptor `openForReading` returned, unless it is standard input.
    public static func release(_ descriptor: FileDescriptor) {
        if descriptor != .standardInput { try? descriptor.close() }
    }

    /// Writes all of `text` to an open descriptor, such as standard output; false when the
    /// descriptor refuses it (a closed pipe).
    @discardableResult
    public static func write(_ text: String, to descriptor: FileDescriptor) -> Bool {
        var text = text
        return text.withUTF8 { bytes in (try? descriptor.writeAll(UnsafeRawBufferPointer(bytes))) != nil }
    }

    /// Replaces the file at `path` with `text`: written beside its final name and renamed, so
    /// a failed write leaves no half file and the old one in place.
    ///
    /// - Throws: `FileIOError.unwritable` with the system's message.
    public static func replace(_ path: String, with text: String) throws(FileIOError) {
        let temporary = path + ".partial"
        do {
            let descriptor = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
            try descriptor.closeAfter {
                var text = text
                _ = try text.withUTF8 { try descriptor.writeAll(UnsafeRawBufferPointer($0)) }
            }
        } catch {
            _ = unlink(temporary)
            throw .unwritable(path: path, reason: Self.message(error))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }

    /// The system's message for an error of swift-system.
    private static func message(_ error: any Error) -> String {
        (error as? Errno).map { String(cString: strerror($0.rawValue)) } ?? "\(error)"
    }
}
