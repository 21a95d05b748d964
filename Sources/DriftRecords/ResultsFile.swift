/// A file of saved comparisons: one `drift.compare/1` document (JSON, laid out any way) or one
/// per line (JSONL). Each entry is read on its own, so one bad line loses no other.
public struct ResultsFile: Sendable {
    /// A comparison that could not be read, with its place: `results.jsonl:3: versions[0]…`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file's path as given.
        public let path: String
        /// The 1-based line of a JSONL entry or of a syntax error; nil for a document of the
        /// wrong shape, which the member path locates.
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
        do {
            records = [try ComparisonRecord(json: text)]
            failures = []
            return
        } catch let error where !error.isSyntaxError {
            records = []
            failures = [Failure(path: path, line: nil, message: Self.message(error, entry: Substring(text)))]
            return
        } catch let wholeError {
            // JSON lines, each read on its own; unless no line is a JSON object by itself: then it
            // is one broken document, reported once at its place rather than once per line.
            var records: [ComparisonRecord] = []
            var failures: [Failure] = []
            var objects = 0
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(where: { !$0.isWhitespace }) {
                do {
                    records.append(try ComparisonRecord(json: line))
                    objects += 1
                } catch {
                    if !error.isSyntaxError && !(error.path.isEmpty && error.message == "expected an object") {
                        objects += 1
                    }
                    failures.append(Failure(path: path, line: index + 1, message: Self.message(error, entry: line)))
                }
            }
            if objects == 0 {
                self.records = []
                self.failures = [Failure(path: path, line: wholeError.line, message: wholeError.description)]
            } else {
                self.records = records
                self.failures = failures
            }
        }
    }

    /// What is wrong with an entry: the decoding error, or, for a row of `drift compare --format
    /// jsonl` (a version's summary, which has no `schema`), what the file holds instead.
    private static func message(_ error: RecordError, entry: Substring) -> String {
        guard let object = try? JSONValue(parsing: String(entry)), object["schema"] == nil,
            object["verdict"] != nil, object["file"] != nil
        else { return error.description }
        return "a summary row of 'drift compare --format jsonl' (a version's verdict and scores), not a saved "
            + "comparison: save comparisons with 'drift compare --format json', which drift report reads"
    }
}
