import DriftKit
public import DriftRecords

/// Renders the sentences of a document for `drift segment`.
public enum SegmentationRenderer {
    /// One line per sentence: index, span and text; with `header`, first a `==> path <==` line
    /// (used for several files). `length` is the document's length in code points, which sets
    /// the width of the span column.
    public static func text(_ sentences: [SentenceRecord], path: String, length: Int, header: Bool = false) -> String {
        var output = header ? "==> \(path) <== \(Plural.counted(sentences.count, "sentence"))\n" : ""
        let width = String(length).count
        for sentence in sentences {
            let start = String(sentence.start)
            let end = String(sentence.end)
            output += String(repeating: " ", count: max(0, 4 - String(sentence.index).count)) + String(sentence.index)
            output += "  " + String(repeating: " ", count: width - start.count) + start
            output += "–" + end + String(repeating: " ", count: width - end.count)
            output += "  " + sentence.text + (sentence.cut ? " [cut]" : "") + "\n"
        }
        return output
    }

    /// One JSON record per sentence and line.
    public static func jsonl(_ sentences: [SentenceRecord]) -> String {
        sentences.map { RecordCoding.json($0) + "\n" }.joined()
    }
}
