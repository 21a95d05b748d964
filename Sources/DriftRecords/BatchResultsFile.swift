/// A file of `drift batch` results: a `drift.batch/1` record per line. Each line is read on its
/// own, so one bad line loses no other.
public struct BatchResultsFile: Sendable {
    /// The records read, in file order.
    public let records: [BatchRecord]
    /// The lines that could not be read, in file order.
    public let failures: [ResultsFile.Failure]

    /// Reads `text`, the contents of the file at `path`.
    public init(text: String, path: String) {
        var records: [BatchRecord] = []
        var failures: [ResultsFile.Failure] = []
        for (index, line) in text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
        )
        .enumerated()
        where line.contains(where: { !$0.isWhitespace }) {
            do {
                records.append(try RecordCoding.decode(BatchRecord.self, from: line))
            } catch {
                failures.append(ResultsFile.Failure(path: path, line: index + 1, message: error.description))
            }
        }
        self.records = records
        self.failures = failures
    }

    /// Whether `text` holds batch results: its first line is a `drift.batch/1` record's.
    public static func holdsBatchResults(_ text: String) -> Bool {
        guard
            let first = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).first(where: {
                $0.contains(where: { !$0.isWhitespace })
            }),
            let value = try? JSONValue(parsing: first)
        else { return false }
        return value["schema"] == .string(BatchRecord.schema)
    }
}
