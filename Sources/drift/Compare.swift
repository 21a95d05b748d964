import ArgumentParser
import DriftAlign
import DriftKit
import DriftReport

extension CompareFormat: ExpressibleByArgument {}

/// `drift compare`: judge every version against the reference, sentence by sentence.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare versions with a reference: a verdict per version, a label and drift per sentence.",
        discussion: """
            Each version is aligned to the reference and every link is judged: identical,
            copyedit, paraphrase, changed (the meaning drifted), garbled, added, omitted or
            moved, with a drift from 0 (same meaning) to 1 and the evidence. Each version gets
            coverage (share of the reference's content kept), drift, garble, additions,
            omissions and a verdict: faithful, paraphrase, machine translation with errors,
            summary, partial overlap or unrelated. Then the findings, most serious first: altered
            quotes (against the reference, or the wording the other versions agree on), garbled
            names, replaced numbers, duplicated words, repetition loops, web residue (left out
            of the alignment) and glossary terms (--glossary).

            Examples:
              drift compare seeds/002_afb0eaf99028a645.txt seeds/000_e9b24277e7831f18.txt
              drift compare --brief original.txt mt.txt rewrite.txt summary.txt
              drift compare --format json original.txt mt.txt > comparison.json

            The JSON document follows docs/schema/compare.schema.json ("schema": "drift.compare/1").
            """
    )

    @Argument(help: "The reference text; '-' reads standard input.")
    var reference: String

    @Argument(help: "One or more versions, each compared with the reference.")
    var versions: [String]

    @Option(help: "Output format: text or json.")
    var format: CompareFormat = .text

    @Flag(help: "In the text format, print the judgements only, without the sentence links.")
    var brief = false

    @OptionGroup var options: SideBySideOptions

    @OptionGroup var embedding: EmbeddingOptions

    @OptionGroup var glossary: GlossaryOption

    func validate() throws {
        if versions.isEmpty { throw ValidationError("give at least one VERSION to compare with the reference") }
        if ([reference] + versions).count(where: { $0 == "-" }) > 1 {
            throw ValidationError("only one input can be '-'")
        }
    }

    func run() throws {
        let documents = try options.documents([reference] + versions)
        let terms = try glossary.load()
        let comparison: Comparison
        do {
            comparison = try Comparison(
                language: options.language, wordNet: SharedWordNet.load(warn: { Console.diagnostic("drift: warning: \($0)\n") }),
                embedder: embedding.embedder(), glossary: terms)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let report = comparison.compare(reference: documents[0], versions: Array(documents.dropFirst()))
        let renderer = ComparisonRenderer(alignment: options.renderer(), brief: brief)
        Console.out(renderer.render(report, format: format))
    }
}
