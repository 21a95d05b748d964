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

    /// Opens `path` for writing a stream of output: emptied first, or kept with new bytes
    /// written after the first `keeping` bytes when `keeping` is given (what a resumed run
    /// keeps of its earlier output; anything after it, such as a line cut short, goes).
    ///
    /// - Throws: `FileIOError.unwritable` with the system's message.
    public static func openForWriting(_ path: String, keeping: Int? = nil) throws(FileIOError) -> FileDescriptor {
        do {
            let descriptor = try FileDescriptor.open(
                FilePath(path), .writeOnly,
                options: keeping == nil ? [.create, .truncate, .closeOnExec] : [.create, .closeOnExec],
                permissions: [.ownerReadWrite, .groupReadWrite, .otherReadWrite])
            if let keeping {
                guard ftruncate(descriptor.rawValue, off_t(keeping)) == 0 else {
                    let reason = String(cString: strerror(errno))
                    try? descriptor.close()
                    throw FileIOError.unwritable(path: path, reason: reason)
                }
                _ = try descriptor.seek(offset: Int64(keeping), from: .start)
            }
            return descriptor
        } catch let error as FileIOError {
            throw error
        } catch {
            throw .unwritable(path: path, reason: Self.message(error))
        }
    }

    /// Makes the directory at `path`, and its missing parents; one already there is kept.
    ///
    /// - Throws: `FileIOError.notADirectory` when something else is there, `.unwritable` with
    ///   the system's message when it cannot be made.
    public static func makeDirectory(_ path: String) throws(FileIOError) {
        switch kind(of: path) {
        case .directory: return
        case .regular, .other: throw .notADirectory(path: path)
        case nil: break
        }
        let parent = FilePath(path).removingLastComponent()
        if !parent.isEmpty && parent != FilePath(path) { try makeDirectory(parent.string) }
        guard mkdir(path, 0o777) == 0 || (errno == EEXIST && kind(of: path) == .directory) else {
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// What `path` names, following symbolic links; nil when nothing is there.
    public static func kind(of path: String) -> FileKind? {
        guard let info = try? Stat(FilePath(path), followTargetSymlink: true) else { return nil }
        switch info.type {
        case .regular: return .regular
        case .directory: return .directory
        default: return .other
        }
    }

    /// The names in the directory at `path`, sorted by their bytes, without `.` and `..`.
    ///
    /// - Throws: `FileIOError.unreadable` or `.notADirectory`.
    public static func entries(of path: String) throws(FileIOError) -> [String] {
        guard kind(of: path) == .directory else {
            if kind(of: path) == nil { throw .unreadable(path: path, reason: String(cString: strerror(ENOENT))) }
            throw .notADirectory(path: path)
        }
        guard let directory = opendir(path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `path` with symbolic links, `.` and `..` resolved, absolute; nil when it does not exist.
    public static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The system's message for an error of swift-system.
    private static func message(_ error: any Error) -> String {
        (error as? Errno).map { String(cString: strerror($0.rawValue)) } ?? "\(error)"
    }
}
