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
        do {
            let whole = try JSONParser.parse(text)
            do {
                records.append(try ComparisonRecord(json: whole))
            } catch {
                failures.append(Failure(path: path, line: nil, message: error.description))
            }
        } catch let wholeError {
            // JSON lines, each read on its own; unless no line is a JSON object by itself: then it
            // is one broken document, reported once at its place rather than once per line.
            var entries: [(line: Int, value: Result<JSONValue, JSONParseError>)] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(where: { !$0.isWhitespace }) {
                entries.append((index + 1, Result { () throws(JSONParseError) in try JSONParser.parse(String(line)) }))
            }
            let objects = entries.count { entry in
                if case .success(.object) = entry.value { true } else { false }
            }
            if objects == 0 {
                let before = text.unicodeScalars.prefix(wholeError.offset)
                let line = before.count { $0 == "\n" } + 1
                let column =
                    before.count
                    - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
                failures.append(
                    Failure(
                        path: path, line: line, message: "invalid JSON: \(wholeError.message) at character \(column)"))
            } else {
                for (line, value) in entries {
                    do {
                        records.append(try ComparisonRecord(json: value.get()))
                    } catch let error as JSONParseError {
                        failures.append(Failure(path: path, line: line, message: "invalid JSON: \(error)"))
                    } catch let error as RecordError {
                        failures.append(Failure(path: path, line: line, message: error.description))
                    } catch {
                        failures.append(Failure(path: path, line: line, message: "\(error)"))
                    }
                }
            }
        }
        self.records = records
        self.failures = failures
    }
}
