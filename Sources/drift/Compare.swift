import ArgumentParser
import DriftAlign
import DriftChecks
import DriftIO
import DriftKit
import DriftRecords
import DriftReport

extension ReportFormat: ExpressibleByArgument {}

/// `drift compare`: judge every version against the reference, sentence by sentence.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare versions with a reference: a verdict per version, a label and drift per sentence.",
        discussion: """
            Each version is aligned to the reference and every link is judged: identical, \
            copyedit, paraphrase, changed (the meaning drifted), garbled, added, omitted or \
            moved, with a drift from 0 (same meaning) to 1 and the evidence. Each version gets \
            coverage (share of the reference's content kept), drift, garble, additions, \
            omissions, an MQM-style error score (error points per 100 words: minor 1, major 5, \
            critical 10, from the findings and the changed sentences) and a verdict: faithful, \
            paraphrase, machine translation with errors, summary, partial overlap or unrelated. \
            Then the findings, most serious first: altered \
            quotes (against the reference, or the wording the other versions agree on), garbled \
            names, replaced numbers, duplicated words, repetition loops, web residue (left out \
            of the alignment) and glossary terms (--glossary).

            Examples (in the repository's folder):
              drift compare seeds/002_*.txt seeds/001_*.txt
              drift compare --brief seeds/002_*.txt seeds/*.txt
              drift compare -o report.html seeds/002_*.txt seeds/*.txt
              drift compare --format json seeds/002_*.txt seeds/001_*.txt > comparison.json
              drift compare --format csv seeds/002_*.txt seeds/*.txt > versions.csv
              drift compare --fail-on critical --max-mqm 5 seeds/002_*.txt seeds/001_*.txt

            The JSON document follows docs/schema/compare.schema.json ("schema": "drift.compare/1"); \
            drift report prints saved documents in any of these formats. The HTML \
            report is one self-contained file: overview, each version side by side with the \
            reference, and the findings with filters.
            """
    )

    @Argument(help: "The reference text; '-' reads standard input.")
    var reference: String

    @Argument(help: "One or more versions, each compared with the reference.")
    var versions: [String]

    @Option(
        help:
            "Output format: text, json, html, csv or jsonl (a row per version); default: the -o file's extension, else text."
    )
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "In the text format, print the judgements only, without the sentence links.")
    var brief = false

    @Option(help: "Exit with 1 when a version has a finding of this severity or worse (minor, major, critical).")
    var failOn: Severity?

    @Option(help: "Exit with 1 when a version's MQM-style error score (points per 100 words) is above this.")
    var maxMqm: Double?

    @OptionGroup var options: SideBySideOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var embedding: EmbeddingOptions

    @OptionGroup var glossary: GlossaryOption

    func validate() throws {
        if versions.isEmpty { throw ValidationError("give at least one VERSION to compare with the reference") }
        if ([reference] + versions).count(where: { $0 == "-" }) > 1 {
            throw ValidationError("only one input can be '-'")
        }
    }

    func run() throws {
        let documents = try input.documents([reference] + versionsBesideTheReference())
        let terms = try glossary.load()
        let language = try options.language(of: documents)
        let comparison = try Comparison(
            language: language.code,
            wordNet: SharedWordNet.load(warn: { Console.warning($0, "matching stems and names only") }),
            embedder: embedding.embedder(for: language), glossary: terms)
        let report = comparison.compare(reference: documents[0], versions: Array(documents.dropFirst()))
        let record = ComparisonRecord(report)
        let renderer = ComparisonRenderer(alignment: options.layout.renderer(), brief: brief)
        let format = try ReportFormat.resolve(format, output: output, fallback: .text)
        try ReportWriter.write([record], format: format, renderer: renderer, to: output)
        let failed = report.versions.contains { version in
            (failOn.map { level in version.findings.contains { $0.severity >= level } } ?? false)
                || (maxMqm.map { version.judgement.errors.score > $0 } ?? false)
        }
        if failed { throw ExitStatus.failed.code }
    }

    /// The versions without the reference itself (as a shell glob such as `seeds/*.txt` gives
    /// it), each left out with a note: compared with itself it would be identical, and count
    /// as a witness that agrees with the reference.
    private func versionsBesideTheReference() throws -> [String] {
        guard reference != "-" else { return versions }
        let referenceFile = FileIO.canonicalPath(reference) ?? reference
        let kept = versions.filter { version in
            guard version != "-", (FileIO.canonicalPath(version) ?? version) == referenceFile else { return true }
            Console.note("\(version) is the reference; it is left out of the versions")
            return false
        }
        if kept.isEmpty { throw ValidationError("give at least one VERSION other than the reference") }
        return kept
    }
}
