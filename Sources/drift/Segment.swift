import ArgumentParser
import DriftKit
import DriftRecords
import DriftReport
import DriftText

extension SegmentFormat: ExpressibleByArgument {}

/// `drift segment`: the sentences of one or more texts with their offsets.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split texts into sentences, with code-point offsets.",
        discussion: """
            Offsets are Unicode code points into the decoded file, [start, end), from 0; a byte \
            order mark is not counted. A line break always ends a sentence.

            Examples:
              drift segment seeds/002_afb0eaf99028a645.txt
              drift segment --format jsonl a.txt b.txt > sentences.jsonl
              curl -s https://example.com/story.txt | drift segment -

            A file that cannot be read is reported on standard error and the other files are \
            still segmented; the exit code is then 1, or 2 when no file could be read.
            """
    )

    @Argument(help: "Text files (UTF-8, or UTF-16 with a byte order mark); '-' reads standard input.")
    var files: [String]

    @Option(help: "Output format: text (for reading) or jsonl (one JSON record per sentence).")
    var format: SegmentFormat = .text

    @Option(
        help: """
            The documents' language, for ICU's sentence rules and abbreviations: auto (detected \
            from each), a code (en, de, fr, es, zh, …) or a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    @OptionGroup var input: InputOptions

    func run() throws {
        var segmenters: [Language: Segmenter] = [:]
        var batch = ItemTally()
        for path in files {
            batch.run {
                let document = try input.document(path)
                let language = try SideBySideOptions.language(self.language, of: document.text.string)
                let segmenter = try segmenters[language] ?? Segmenter(language: language)
                segmenters[language] = segmenter
                let sentences = segmenter.sentences(in: document.text).map { SentenceRecord($0, of: document) }
                switch format {
                case .jsonl: Console.out(SegmentationRenderer.jsonl(sentences))
                case .text:
                    Console.out(
                        SegmentationRenderer.text(
                            sentences, path: document.path, length: document.text.count, header: files.count > 1))
                }
            }
        }
        try batch.finish()
    }
}
