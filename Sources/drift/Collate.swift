import ArgumentParser
import DriftAlign
import DriftHTML
import DriftKit
import DriftMetrics
import DriftRecords
import DriftReport
import DriftText

/// `drift collate`: the versions of one story side by side, sentence group by sentence group.
struct Collate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Collate versions of one story: the sentences that correspond, the wording most agree on, who deviates.",
        discussion: """
            Every document is aligned to a pivot (--pivot, else the document closest to all the \
            others), and the sentences that correspond across documents form a group, also those \
            the pivot lacks: a sentence three versions share and the pivot leaves out is a group \
            of its own, where the versions put it. Each group gets the consensus wording (a \
            majority over the aligned words, ties broken towards the pivot), how many documents \
            agree with it, and each document's word diff against it.

            Examples (in the repository's folder):
              drift collate seeds/*.txt
              drift collate --pivot seeds/002_afb0eaf99028a645.txt seeds/*.txt
              drift collate -o collation.json seeds/*.txt
              drift collate --format csv seeds/*.txt > collation.csv
              drift collate -o collation.html seeds/*.txt
            """
    )

    @Argument(help: "The versions of the story, at least two; '-' reads one from standard input.")
    var files: [String]

    @Option(help: "The document to collate around (added to the documents if not among them).")
    var pivot: String?

    @Option(help: "Output format: text, json, csv or html; default: the -o file's extension, else text.")
    var format: CollateFormat?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
        help: """
            The documents' language: auto (detected from the pivot, else the first document), a code (en, de, fr, es, zh, …) or \
            a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    @OptionGroup var layout: TextLayoutOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var embedding: EmbeddingOptions

    func validate() throws {
        if paths.count < 2 { throw ValidationError("give at least two documents to collate") }
        if paths.count(where: { $0 == "-" }) > 1 { throw ValidationError("only one input can be '-'") }
    }

    /// The documents: the files, the pivot first among them when it is not one of them.
    private var paths: [String] {
        guard let pivot, !files.contains(pivot) else { return files }
        return [pivot] + files
    }

    func run() throws {
        let format = try CollateFormat.resolve(format, output: output, fallback: .text)
        let paths = self.paths
        let documents = try input.documents(paths)
        let pivotIndex = pivot.flatMap(paths.firstIndex(of:))
        let language = try SideBySideOptions.language(
            self.language, of: documents[pivotIndex ?? 0].text.string)
        let embedder = embedding.embedder(for: language)
        let collation = try Collator(language: language.stemmerName, embedder: embedder).collate(
            documents, pivot: pivotIndex)
        let record = CollationRecord(collation, embeddings: embedder != nil)
        let renderer = layout.renderer()
        let text =
            switch format {
            case .text: CollationRenderer(width: renderer.width, color: renderer.color).text(record)
            case .json: RecordCoding.json(record) + "\n"
            case .csv: CollationRenderer.csv(record)
            case .html: try HTMLReport().render(record, generator: "drift \(DriftVersion.string)")
            }
        try OutputFile.write(text, to: output)
    }
}
