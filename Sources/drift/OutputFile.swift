import DriftIO

/// Where a command's output goes: standard output, or a file given with `-o`.
enum OutputFile {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`. A file is
    /// written beside its final name and renamed, so a failed run leaves no half report.
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            Console.out(text)
            return
        }
        do {
            try FileIO.replace(path, with: text)
        } catch .unwritable(_, let reason) {
            throw OutputError(path: path, reason: reason)
        } catch {
            throw OutputError(path: path, reason: "\(error)")
        }
    }
}
