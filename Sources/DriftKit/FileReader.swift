#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files, or standard input for the path `-`, with POSIX calls.
enum FileReader {
    static func bytes(at path: String) throws(InputError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: STDIN_FILENO, path: path) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: systemMessage()) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        return try readAll(descriptor: descriptor, path: path)
    }

    private static func readAll(descriptor: Int32, path: String) throws(InputError) -> [UInt8] {
        var result: [UInt8] = []
        let chunk = 1 << 16
        while true {
            let start = result.count
            result.append(contentsOf: repeatElement(0, count: chunk))
            let count = result.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + start, chunk)
            }
            if count < 0 {
                if errno == EINTR {
                    result.removeLast(chunk)
                    continue
                }
                throw .unreadable(path: path, reason: systemMessage())
            }
            result.removeLast(chunk - count)
            if count == 0 { return result }
        }
    }

    private static func systemMessage() -> String { String(cString: strerror(errno)) }
}
