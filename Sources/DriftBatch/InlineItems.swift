public import DriftKit
import DriftRecords

/// The entries of `drift batch --stdin`: a JSON object per line, `{"id", "reference",
/// "version"}` or with `"versions": […]` (optionally `"glossary"`, a TSV glossary's text, and
/// `"language"`), the texts themselves inline. Blank lines are skipped; a line that cannot
/// be read becomes an error record with its line number, and the lines after it are read on.
/// A line without an id is known by its number; the error record of a line that is not JSON
/// has a null id.
public final class InlineItems: Sequence, IteratorProtocol {
    private let reader: LineReader
    /// The error that ended the input early (it could no longer be read), if any.
    public private(set) var failure: InputError?

    /// Reads entries from `reader`.
    public init(_ reader: LineReader) {
        self.reader = reader
    }

    public func next() -> BatchInput? {
        while true {
            let bytes: [UInt8]
            do {
                guard let line = try reader.nextLine() else { return nil }
                bytes = line
            } catch .lineTooLong(_, let line, let limit) {
                return .failure(
                    BatchRecord.failure(
                        id: .null, error: "line \(line): longer than the limit of \(limit) bytes (--max-bytes)",
                        line: line))
            } catch {
                failure = error
                return nil
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Self.input(bytes, line: reader.lineNumber)
        }
    }

    /// The entry of one line.
    static func input(_ bytes: [UInt8], line: Int) -> BatchInput {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(BatchRecord.failure(id: .null, error: "line \(line): invalid UTF-8", line: line))
        }
        // A line that is JSON but names no id is known by its number; one that is not JSON,
        // by none.
        let value = try? JSONValue(parsing: text)
        let id = value.map { $0["id"].flatMap { $0 == .null ? nil : $0 } ?? .int(line) } ?? .null
        do {
            let entry = try ItemLine.decode(text)
            return .item(
                BatchItem(
                    id: id, reference: .inline(entry.reference), versions: try entry.versionTexts().map { .inline($0) },
                    glossary: entry.glossary.map { .inline($0) }, language: entry.language, line: line))
        } catch {
            return .failure(BatchRecord.failure(id: id, error: "line \(line): \(error.message)", line: line))
        }
    }
}
