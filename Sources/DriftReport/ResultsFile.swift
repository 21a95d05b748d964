/// A file of saved comparisons: one `drift.compare/1` document (JSON, laid out any way) or one
/// per line (JSONL). Each entry is read on its own, so one bad line loses no other.
public struct ResultsFile: Sendable {
    /// A comparison that could not be read, with its place: `results.jsonl:3: versions[0]…`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file's path as given.
        public let path: String
        /// The 1-based line of a JSONL entry; nil when the file is one document.
        public let line: Int?
        public let message: String

        public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// The comparisons read, in file order.
    public let records: [ComparisonRecord]
    /// The entries that could not be read, in file order.
    public let failures: [Failure]

    /// Reads `text`, the contents of the file at `path`.
    public init(text: String, path: String) {
        var records: [ComparisonRecord] = []
        var failures: [Failure] = []
        if let whole = try? JSONParser.parse(text) {
            do {
                records.append(try ComparisonRecord(json: whole))
            } catch {
                failures.append(Failure(path: path, line: nil, message: error.description))
            }
        } else {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                do {
                    records.append(try ComparisonRecord(json: JSONParser.parse(String(line))))
                } catch let error as JSONParseError {
                    failures.append(Failure(path: path, line: index + 1, message: "invalid JSON: \(error)"))
                } catch let error as RecordError {
                    failures.append(Failure(path: path, line: index + 1, message: error.description))
                } catch {
                    failures.append(Failure(path: path, line: index + 1, message: "\(error)"))
                }
            }
        }
        self.records = records
        self.failures = failures
    }
}
