public import DriftRecords

/// `drift batch`'s records as lines: JSON Lines (the record itself), or CSV rows for
/// spreadsheets, a row per version, streamed after one header line.
public enum BatchRenderer {
    /// The CSV columns, in order.
    public static let columns = [
        "id", "reference", "version", "language", "verdict", "coverage", "drift", "garble", "mqm", "critical", "major",
        "minor", "error",
    ]

    /// The CSV header line (CRLF, as RFC 4180 asks).
    public static var csvHeader: String { columns.joined(separator: ",") + "\r\n" }

    /// The record as one JSON line.
    public static func jsonLine(_ record: BatchRecord) -> String {
        RecordCoding.json(record) + "\n"
    }

    /// The record's CSV rows: one per version, or one with the error.
    public static func csvRows(_ record: BatchRecord) -> String {
        let id: String =
            switch record.id {
            case .string(let string): string
            default: record.id.serialized
            }
        let summaries = record.summary.map { [$0] } ?? record.versions ?? []
        guard !summaries.isEmpty else {
            return row(
                [id, record.reference ?? "", record.version ?? "", record.language ?? ""]
                    + Array(repeating: "", count: 8) + [record.error ?? ""])
        }
        return summaries.map { summary in
            row([
                id, record.reference ?? "", summary.version ?? "", record.language ?? "", summary.verdict.rawValue,
                number(summary.coverage), number(summary.drift), number(summary.garble), number(summary.mqm),
                "\(summary.findings.critical)", "\(summary.findings.major)", "\(summary.findings.minor)", "",
            ])
        }.joined()
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
    }

    /// A figure as the other CSV outputs write it: `0.25`, `1.0`.
    private static func number(_ value: Double) -> String { "\(value)" }
}
