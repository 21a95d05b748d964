import DriftKit
import DriftRecords
import DriftReport
import Testing

/// A row per version for spreadsheets and scripts, from the records.
@Suite struct SummaryRendererTests {
    static let document: JSONValue = {
        let comparison = try! Comparison(wordNet: nil)
        let report = comparison.compare(
            reference: Document(path: "ref.txt", string: "The minister arrived on Monday. He spoke for an hour."),
            versions: [
                Document(path: "a.txt", string: "The minister arrived on Tuesday. He spoke for an hour."),
                Document(path: "b.txt", string: "The minister came on Monday. He talked for an hour or two."),
            ])
        return try! JSONValue(parsing: ComparisonRecord(report).json)
    }()

    @Test func summaryRowsPerVersion() throws {
        let record = try ComparisonRecord(json: Self.document.serialized)
        let csv = SummaryRenderer.csv([record])
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "reference,file,verdict,coverage,drift,garble,additions,omissions,mqm,critical,major,minor")
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[1].hasPrefix("ref.txt,a.txt,"))
        let jsonl = SummaryRenderer.jsonl([record]).split(separator: "\n")
        #expect(jsonl.count == 2)
        #expect(jsonl[1].hasPrefix("{\"additions\":"))
        #expect(jsonl[1].contains("\"file\":\"b.txt\"") && jsonl[1].contains("\"reference\":\"ref.txt\""))
    }

    @Test func csvQuotesFieldsThatNeedIt() throws {
        let renamed = renamingFirstVersion(Self.document, to: .string("notes, \"draft\".txt"))
        let csv = SummaryRenderer.csv([try ComparisonRecord(json: renamed.serialized)])
        #expect(csv.contains("ref.txt,\"notes, \"\"draft\"\".txt\","))
    }

    /// `value` with the first version's path replaced.
    private func renamingFirstVersion(_ value: JSONValue, to replacement: JSONValue) -> JSONValue {
        guard case .object(let members) = value, case .array(let versions)? = value["versions"],
            case .object(let version) = versions[0]
        else { return value }
        let renamed = JSONValue.object(version.map { $0.0 == "path" ? ($0.0, replacement) : $0 })
        return .object(members.map { $0.0 == "versions" ? ($0.0, .array([renamed] + versions.dropFirst())) : $0 })
    }
}
