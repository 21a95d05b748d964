import ArgumentParser
import DriftKit
import DriftRecords
import DriftReport

/// `drift report`: a report from saved `drift compare --format json` results.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print saved comparisons (drift compare --format json) or batch results as text, HTML, CSV or JSONL.",
        discussion: """
            RESULTS are files holding one drift.compare/1 document each (JSON), or one per line \
            (JSONL, as a batch writes them). Every comparison in them goes into one report. An \
            entry that cannot be read is reported with its file and line and left out; the others \
            are still reported, and drift exits with 1. The text format is what drift compare \
            printed for the same comparison.

            drift batch results (drift.batch/1 lines) make a folder: -o report/ writes \
            report/index.html, a row per comparison (sortable, filterable, worst first), and \
            for results made with --details a page per comparison in report/comparisons/. They \
            can also be printed as csv or jsonl, and their detailed comparisons as text or json.

            Examples:
              drift compare --format json original.txt mt.txt > comparison.json
              drift report comparison.json -o report.html
              drift report comparison.json --format text --brief
              drift report --format csv monday.jsonl tuesday.jsonl > versions.csv
              drift batch --details stories/ -o results.jsonl && drift report results.jsonl -o report/
            """
    )

    @Argument(help: "Saved comparisons, JSON or JSONL; '-' reads standard input.")
    var results: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
        help:
            "Output format: html, text, json, csv (a row per version) or jsonl (the same as JSON lines); default: the -o file's extension, else html."
    )
    var format: ReportFormat?

    @Flag(help: "In the text format, print the judgements only, without the sentence links.")
    var brief = false

    @OptionGroup var layout: TextLayoutOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if results.isEmpty { throw ValidationError("give at least one RESULTS file") }
    }

    func run() throws {
        var records: [ComparisonRecord] = []
        var batchRecords: [BatchRecord] = []
        var batch = ItemTally()
        for path in results {
            batch.run {
                let text = try input.document(path).text.string
                if BatchResultsFile.holdsBatchResults(text) {
                    let file = BatchResultsFile(text: text, path: path)
                    batchRecords += file.records
                    try report(file.failures)
                } else {
                    let file = ResultsFile(text: text, path: path)
                    records += file.records
                    try report(file.failures)
                }
            }
        }
        let renderer = ComparisonRenderer(alignment: layout.renderer(), brief: brief)
        let format = try ReportFormat.resolve(format, output: output, fallback: .html)
        switch (records.isEmpty, batchRecords.isEmpty) {
        case (true, true):
            Console.error("no comparison could be read")
            throw ExitStatus.badInput.code
        case (false, false):
            Console.error("give either saved comparisons or drift batch results, not both")
            throw ExitStatus.badInput.code
        case (true, false):
            try BatchReportWriter.write(
                batchRecords, title: results.joined(separator: ", "), format: format, renderer: renderer, to: output)
        case (false, true):
            try ReportWriter.write(records, format: format, renderer: renderer, to: output)
        }
        if batch.failed > 0 { throw ExitStatus.failed.code }
    }

    /// Reports every line that could not be read, in file order, throwing the last so that the
    /// file counts as failed.
    private func report(_ failures: [ResultsFile.Failure]) throws {
        guard let last = failures.last else { return }
        for failure in failures.dropLast() { Console.report(failure) }
        throw last
    }
}
