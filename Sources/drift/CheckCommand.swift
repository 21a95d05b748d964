import ArgumentParser
import DriftAlign
import DriftChecks
import DriftKit
import DriftRecords
import DriftReport
import DriftText

extension Severity: ExpressibleByArgument {}
extension CheckFormat: ExpressibleByArgument {}

/// `drift check`: the checks that need no reference, on each document given.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check documents alone: web residue, duplicated words, repetition loops, lost capitals, foreign script, glued words, glossary terms.",
        discussion: """
            Runs the checks that need no reference and prints what an editor should fix, most \
            serious first (critical, major, minor), each with its line, its words and a \
            suggestion. `drift compare` runs these and the checks against the reference. \
            With several documents, each is checked in turn (JSON: one object per line); a file \
            that cannot be read is reported and the others are still checked.

            A glossary is a TSV file, one TERM<tab>RENDERING[<tab>NOTE] per line (lines starting \
            with # are comments): every TERM in the document that is not part of RENDERING is \
            flagged.

            Examples (in the repository's folder):
              drift check seeds/001_*.txt
              drift check seeds/*.txt
              drift check --format json seeds/*.txt > findings.jsonl
              drift check --fail-on major seeds/001_*.txt || echo "needs an editor"
            """
    )

    @Argument(help: "The documents to check; '-' reads standard input.")
    var inputs: [String]

    @Option(help: "Output format: text or json ({\"path\": …, \"findings\": […]}).")
    var format: CheckFormat = .text

    @OptionGroup var glossary: GlossaryOption

    @Option(help: "Exit with 1 when there is a finding of this severity or worse (minor, major, critical).")
    var failOn: Severity?

    @Option(
        help: """
            The documents' language: auto (detected from each), a code (en, de, fr, es, zh, …) or \
            a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    @OptionGroup var layout: TextLayoutOptions

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one document to check") }
        if inputs.count(where: { $0 == "-" }) > 1 { throw ValidationError("only one input can be '-'") }
    }

    func run() throws {
        let terms = try glossary.load()
        var analyzers: [Language: DocumentAnalyzer] = [:]
        let checker = Checker(referenceFree: true)
        let renderer = layout.renderer()
        var batch = ItemTally()
        var failed = false
        for (index, path) in inputs.enumerated() {
            batch.run {
                let document = try inputOptions.document(path)
                let language = try SideBySideOptions.language(self.language, of: document.text.string)
                let analyzer = try analyzers[language] ?? DocumentAnalyzer(language: language.stemmerName)
                analyzers[language] = analyzer
                let segmented = analyzer.segment(document.text)
                let context = CheckContext(
                    document: CheckedText(segmented: segmented, features: analyzer.features(of: segmented)),
                    glossary: terms, lexicon: language.lexicon)
                let findings = checker.findings(in: context)
                let record = CheckRecord(findings, in: document)
                let separator = format == .text && index > 0 ? "\n" : ""
                Console.out(
                    separator
                        + (format == .json
                            ? CheckRenderer.json(record)
                            : CheckRenderer.text(record, width: renderer.width, color: renderer.color)))
                if let failOn, findings.contains(where: { $0.severity >= failOn }) { failed = true }
            }
        }
        try batch.finish()
        if failed { throw ExitStatus.failed.code }
    }
}
