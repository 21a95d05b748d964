import DriftHTML
import DriftMetrics
import DriftRecords
import DriftReport

/// Renders comparison records, fresh or saved, in any format and writes them out.
enum ReportWriter {
    static func write(
        _ records: [ComparisonRecord], format: ReportFormat, renderer: ComparisonRenderer, to path: String?
    ) throws {
        let output: String
        switch format {
        case .text: output = records.map(renderer.text).joined(separator: "\n")
        case .json: output = records.map(renderer.json).joined()
        case .csv: output = SummaryRenderer.csv(records)
        case .jsonl: output = SummaryRenderer.jsonl(records)
        case .html: output = try HTMLReport().render(records, generator: "drift \(DriftVersion.string)")
        }
        try OutputFile.write(output, to: path)
    }
}
