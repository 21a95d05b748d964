public import DriftKit
public import DriftText

/// Renders the sentences of a document for `drift segment`.
public enum SegmentationRenderer {
    /// The rendered sentences, each line ending in a newline.
    ///
    /// - Parameters:
    ///   - sentences: The sentences of `document`.
    ///   - document: Where they come from.
    ///   - format: Text or JSON Lines.
    ///   - header: In text format, start with a `==> path <==` line (used for several files).
    /// - Returns: The text or JSON Lines.
    public static func render(
        _ sentences: [Sentence], of document: Document, format: SegmentFormat, header: Bool = false
    ) -> String {
        var output = ""
        switch format {
        case .jsonl:
            for sentence in sentences {
                record(sentence, of: document).write(to: &output)
                output += "\n"
            }
        case .text:
            if header { output += "==> \(document.path) <== \(sentences.count) sentences\n" }
            let width = String(document.text.count).count
            for sentence in sentences {
                let start = String(sentence.range.lowerBound)
                let end = String(sentence.range.upperBound)
                output +=
                    String(repeating: " ", count: max(0, 4 - String(sentence.index).count)) + String(sentence.index)
                output += "  " + String(repeating: " ", count: width - start.count) + start
                output += "–" + end + String(repeating: " ", count: width - end.count)
                output += "  " + document.text[sentence.range] + (sentence.isCut ? " [cut]" : "") + "\n"
            }
        }
        return output
    }

    /// The JSON record of one sentence; `cut` is true when the segmenter cut a run too long for
    /// one sentence there (`Segmenter.maxSentenceLength`), not at a sentence break.
    public static func record(_ sentence: Sentence, of document: Document) -> JSONValue {
        .object([
            ("path", .string(document.path)),
            ("index", .int(sentence.index)),
            ("start", .int(sentence.range.lowerBound)),
            ("end", .int(sentence.range.upperBound)),
            ("text", .string(document.text[sentence.range])),
            ("cut", .bool(sentence.isCut)),
        ])
    }
}
