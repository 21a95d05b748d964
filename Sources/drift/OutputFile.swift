import ArgumentParser

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's output goes: standard output, or a file given with `-o`.
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`. A file is
    /// written beside its final name and renamed, so a failed run leaves no half report.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            Console.out(text)
            return
        }
        let temporary = path + ".partial"
        guard let file = fopen(temporary, "w") else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == text.utf8.count, closed == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }
}
