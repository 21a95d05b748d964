import DriftChecks

/// One row per version of saved comparisons, for spreadsheets (CSV, RFC 4180) and scripts
/// (JSONL): reference, file, verdict, coverage, drift, garble, additions, omissions, the
/// MQM-style error score, and the findings by severity.
public enum SummaryRenderer {
    /// The columns, in order; the CSV header and the JSONL keys.
    public static let columns = [
        "reference", "file", "verdict", "coverage", "drift", "garble", "additions", "omissions",
        "mqm", "critical", "major", "minor",
    ]

    /// A header line, then a line per version; CRLF line ends as RFC 4180 asks.
    public static func csv(_ records: [ComparisonRecord]) -> String {
        var output = columns.joined(separator: ",") + "\r\n"
        for row in rows(records) {
            output +=
                row.map { value in
                    switch value {
                    case .string(let string): quoted(string)
                    default: value.serialized
                    }
                }.joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// A JSON object per version, one per line.
    public static func jsonl(_ records: [ComparisonRecord]) -> String {
        rows(records).map { JSONValue.object(Array(zip(columns, $0))).serialized + "\n" }.joined()
    }

    private static func rows(_ records: [ComparisonRecord]) -> [[JSONValue]] {
        records.flatMap { record in
            record.versions.map { version in
                let judgement = version.judgement
                return [
                    .string(record.reference.path), .string(version.document.path), .string(judgement.verdict.rawValue),
                    .double(judgement.coverage), .double(judgement.drift), .double(judgement.garble),
                    .double(judgement.additions), .double(judgement.omissions),
                    judgement.mqm.map(JSONValue.double) ?? .null,
                ] + Severity.allCases.reversed().map { .int(version.findings(of: $0)) }
            }
        }
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
