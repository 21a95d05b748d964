import ArgumentParser
import DriftAlign
import DriftChecks
import DriftKit
import DriftRecords
import DriftReport

extension Severity: ExpressibleByArgument {}
extension CheckFormat: ExpressibleByArgument {}

/// `drift check`: the checks that need no reference, on one document.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check one document: web residue, duplicated words, repetition loops, lost capitals, foreign script, glued words, glossary terms.",
        discussion: """
            Runs the checks that need no reference and prints what an editor should fix, most
            serious first (critical, major, minor), each with its line, its words and a
            suggestion. `drift compare` runs these and the checks against the reference.

            A glossary is a TSV file, one TERM<tab>RENDERING[<tab>NOTE] per line (lines starting
            with # are comments): every TERM in the document that is not part of RENDERING is
            flagged.

            Examples:
              drift check seeds/001_7405a5fede031660.txt
              drift check --glossary house-style.tsv --format json article.txt
              drift check --fail-on major article.txt || echo "needs an editor"
            """
    )

    @Argument(help: "The document to check; '-' reads standard input.")
    var input: String

    @Option(help: "Output format: text or json ({\"path\": …, \"findings\": […]}).")
    var format: CheckFormat = .text

    @OptionGroup var glossary: GlossaryOption

    @Option(help: "Exit with 1 when there is a finding of this severity or worse (minor, major, critical).")
    var failOn: Severity?

    @Option(help: "Snowball stemmer language (english, german, french, …).")
    var language = "english"

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let terms = try glossary.load()
        let document = try inputOptions.document(input)
        let analyzer = try DocumentAnalyzer(language: language)
        let segmented = analyzer.segment(document.text)
        let context = CheckContext(
            document: CheckedText(segmented: segmented, features: analyzer.features(of: segmented)), glossary: terms)
        let findings = Checker(referenceFree: true).findings(in: context)
        let record = CheckRecord(findings, in: document)
        Console.out(format == .json ? CheckRenderer.json(record) : CheckRenderer.text(record))
        if let failOn, findings.contains(where: { $0.severity >= failOn }) { throw ExitStatus.failed.code }
    }
}
