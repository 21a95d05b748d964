import ArgumentParser
import DriftKit
import DriftRecords
import DriftReport

/// `drift report`: a report from saved `drift compare --format json` results.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print saved comparisons (drift compare --format json) as text, HTML, CSV or JSONL.",
        discussion: """
            RESULTS are files holding one drift.compare/1 document each (JSON), or one per line
            (JSONL, as a batch writes them). Every comparison in them goes into one report. An
            entry that cannot be read is reported with its file and line and left out; the others
            are still reported, and drift exits with 1. The text format is what drift compare
            printed for the same comparison.

            Examples:
              drift compare --format json original.txt mt.txt > comparison.json
              drift report comparison.json -o report.html
              drift report comparison.json --format text --brief
              drift report --format csv monday.jsonl tuesday.jsonl > versions.csv
            """
    )

    @Argument(help: "Saved comparisons, JSON or JSONL; '-' reads standard input.")
    var results: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Output format: html, text, json, csv (a row per version) or jsonl (the same as JSON lines).")
    var format: ReportFormat = .html

    @Flag(help: "In the text format, print the judgements only, without the sentence links.")
    var brief = false

    @OptionGroup var layout: TextLayoutOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        if results.isEmpty { throw ValidationError("give at least one RESULTS file") }
    }

    func run() throws {
        var records: [ComparisonRecord] = []
        var batch = ItemTally()
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
        let renderer = ComparisonRenderer(alignment: layout.renderer(), brief: brief)
        try ReportWriter.write(records, format: format, renderer: renderer, to: output)
        if batch.failed > 0 { throw ExitStatus.failed.code }
    }
}
