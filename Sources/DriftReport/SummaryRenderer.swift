public import DriftRecords

/// One row per version of comparisons, for spreadsheets (CSV, RFC 4180) and scripts (JSONL):
/// reference, file, verdict, coverage, drift, garble, additions, omissions, the MQM-style
/// error score, and the findings by severity.
public enum SummaryRenderer {
    /// The columns, in order; the CSV header and the JSONL keys.
    public static let columns = SummaryRow.CodingKeys.allCases.map(\.rawValue)

    /// A header line, then a line per version; CRLF line ends as RFC 4180 asks.
    public static func csv(_ records: [ComparisonRecord]) -> String {
        var output = columns.joined(separator: ",") + "\r\n"
        for row in rows(records) {
            output += row.fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// A JSON object per version, one per line.
    public static func jsonl(_ records: [ComparisonRecord]) -> String {
        rows(records).map { RecordCoding.json($0) + "\n" }.joined()
    }

    private static func rows(_ records: [ComparisonRecord]) -> [SummaryRow] {
        records.flatMap { record in record.versions.map { SummaryRow($0, reference: record.reference.path) } }
    }
}
