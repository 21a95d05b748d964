import DriftText

/// A passage inside quotation marks, within one line: “…”, "…", „…“, «…», ‹…›, ‚…‘, ‘…’, '…',
/// 「…」 or 『…』. A single quote closes only where it cannot be an apostrophe (not between
/// two letters: "don’t"), and a straight one opens only before a letter after a space.
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
        func isLetter(_ index: Int) -> Bool {
            scalars.indices.contains(index) && scalars[index].properties.isAlphabetic
        }
        for (index, scalar) in scalars.enumerated() {
            let single = scalar == "’" || scalar == "'"
            if scalar == "\n" {
                open = nil
            } else if let current = open, scalar == current.closer,
                !(single && isLetter(index - 1) && isLetter(index + 1))
            {
                // Without the white space inside the marks (« Nous … »).
                var start = current.index + 1
                var end = index
                while start < end && scalars[start].properties.isWhitespace { start += 1 }
                while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
                if start < end { spans.append(start..<end) }
                open = nil
            } else if open == nil, let closer = closers[scalar],
                scalar != "'" || ((index == 0 || scalars[index - 1].properties.isWhitespace) && isLetter(index + 1))
            {
                open = (index, closer)
            }
        }
        let index = TokenIndex(document)
        let quotations = spans.map { Quotation(span: $0, words: index.words(in: $0)) }
        return quotations
    }

    /// Opening marks and the mark that closes each.
    private static let closers: [Unicode.Scalar: Unicode.Scalar] = [
        "“": "”", "\"": "\"", "«": "»", "„": "“", "‹": "›", "‚": "‘", "‘": "’", "'": "'", "「": "」", "『": "』",
    ]
}
