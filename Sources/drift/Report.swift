import ArgumentParser
import DriftKit
import DriftReport

extension ReportFormat: ExpressibleByArgument {}

/// `drift report`: a report from saved `drift compare --format json` results.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn saved comparisons (drift compare --format json) into an HTML report, CSV or JSONL.",
        discussion: """
            RESULTS are files holding one drift.compare/1 document each (JSON), or one per line
            (JSONL, as a batch writes them). Every comparison in them goes into one report. An
            entry that cannot be read is reported with its file and line and left out; the others
            are still reported, and drift exits with 1.

            Examples:
              drift compare --format json original.txt mt.txt > comparison.json
              drift report comparison.json -o report.html
              drift report --format csv monday.jsonl tuesday.jsonl > versions.csv
            """
    )

    @Argument(help: "Saved comparisons, JSON or JSONL; '-' reads standard input.")
    var results: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Output format: html, csv (a row per version) or jsonl (the same as JSON lines).")
    var format: ReportFormat = .html

    @OptionGroup var input: InputOptions

    func validate() throws {
        if results.isEmpty { throw ValidationError("give at least one RESULTS file") }
    }

    func run() throws {
        var records: [ComparisonRecord] = []
        var batch = Batch()
        for path in results {
            batch.run {
                let file = ResultsFile(text: try input.document(path).text.string, path: path)
                records += file.records
                guard let failure = file.failures.first else { return }
                for failure in file.failures.dropFirst() { Console.report(failure) }
                throw failure
            }
        }
        guard !records.isEmpty else {
            Console.error("no comparison could be read")
            throw ExitStatus.badInput.code
        }
        try ReportWriter.write(records, format: format, to: output)
        if batch.failed > 0 { throw ExitStatus.failed.code }
    }
}
