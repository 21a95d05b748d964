import ArgumentParser
import DriftHTML
import DriftReport
import DriftText

/// Renders comparisons, fresh or saved, as HTML, CSV or JSONL and writes them out.
enum ReportWriter {
    static func write(_ records: [ComparisonRecord], format: ReportFormat, to path: String?) throws {
        let output: String
        switch format {
        case .csv: output = SummaryRenderer.csv(records)
        case .jsonl: output = SummaryRenderer.jsonl(records)
        case .html:
            output = try HTMLReport().render(records, generator: "drift \(DriftVersion.string)")
        }
        try OutputFile.write(output, to: path)
    }
}
