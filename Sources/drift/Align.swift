import ArgumentParser
import DriftAlign
import DriftKit
import DriftRecords
import DriftReport

extension AlignFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

/// `drift align`: which sentences of a version correspond to which sentences of a reference.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align a version to a reference sentence by sentence, with a word diff per link.",
        discussion: """
            Every sentence of both texts lands in exactly one link: 1-1, 1-2, 2-1, 2-2, 1-3 or \
            3-1 (sentences split or merged), 1-0 (omitted from the version), 0-1 (added by the \
            version), or moved (the version has it elsewhere). Offsets are Unicode code points \
            into each file, [start, end).

            Examples:
              drift align seeds/002_afb0eaf99028a645.txt seeds/001_7405a5fede031660.txt
              drift align --format json original.txt translation.txt > links.json
              drift align --width 160 --color always a.txt b.txt | less -R

            In the text format, changed words are coloured on a terminal (red: the reference's, \
            green: the version's, yellow: a related word such as another spelling of a name), or \
            marked [reference], {version} and ~related~ without colour.
            """
    )

    @Argument(help: "The reference text; '-' reads standard input.")
    var reference: String

    @Argument(help: "The version to align to it.")
    var version: String

    @Option(help: "Output format: text (side by side) or json.")
    var format: AlignFormat = .text

    @OptionGroup var options: SideBySideOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var embedding: EmbeddingOptions

    func validate() throws {
        if reference == "-" && version == "-" {
            throw ValidationError("only one of REFERENCE and VERSION can be '-'")
        }
    }

    func run() throws {
        let documents = try input.documents([reference, version])
        let language = try options.language(of: documents)
        let aligner = try Aligner(language: language.stemmerName, embedder: embedding.embedder(for: language))
        let alignment = aligner.align(reference: documents[0].text, version: documents[1].text)
        let record = AlignmentRecord(
            alignment, referencePath: documents[0].path, versionPath: documents[1].path,
            embeddings: aligner.embedder != nil)
        let renderer = options.layout.renderer()
        switch format {
        case .json: Console.out(renderer.json(record))
        case .text: Console.out(renderer.text(record, reference: documents[0].text, version: documents[1].text))
        }
    }
}
