public import DriftText

/// A passage inside quotation marks: “…”, "…", «…» or „…“, within one line.
public struct Quotation: Sendable, Hashable {
    /// The quoted words without the marks, Unicode scalar offsets `[start, end)`.
    public var span: Range<Int>
    /// The indices of the word and number tokens inside, in `SegmentedText.tokens`.
    public var words: [Int]

    /// The quotations of a document.
    static func all(in document: SegmentedText) -> [Quotation] {
        let scalars = document.text.scalars
        var spans: [Range<Int>] = []
        var open: (index: Int, closer: Unicode.Scalar)?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                open = nil
            } else if let current = open, scalar == current.closer {
                if current.index + 1 < index { spans.append((current.index + 1)..<index) }
                open = nil
            } else if open == nil, let closer = closers[scalar] {
                open = (index, closer)
            }
        }
        let index = TokenIndex(document)
        let quotations = spans.map { Quotation(span: $0, words: index.words(in: $0)) }
        return quotations
    }

    /// Opening marks and the mark that closes each.
    private static let closers: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "\"": "\"", "«": "»", "„": "“"]
}
