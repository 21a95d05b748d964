import DriftText

/// Finds the tokens of a document inside a span, and which tokens start a sentence.
struct TokenIndex {
    private let text: SegmentedText
    private let sentenceStarts: Set<Int>

    init(_ text: CheckedText) {
        self.init(text.segmented)
    }

    init(_ text: SegmentedText) {
        self.text = text
        sentenceStarts = Set(
            text.sentenceTokens.compactMap { range in
                range.first { text.tokens[$0].kind == .word || text.tokens[$0].kind == .number }
            })
    }

    /// The word and number tokens inside `span`, in order.
    func words(in span: Range<Int>) -> [Int] {
        tokens(in: span).filter { text.tokens[$0].kind == .word || text.tokens[$0].kind == .number }
    }

    /// The tokens of any kind inside `span`, in order.
    func tokens(in span: Range<Int>) -> [Int] {
        let tokens = text.tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < span.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        var index = low
        while index < tokens.count && tokens[index].range.upperBound <= span.upperBound {
            result.append(index)
            index += 1
        }
        return result
    }

    /// Whether a token is the first word of its sentence.
    func startsSentence(_ token: Int) -> Bool {
        sentenceStarts.contains(token)
    }
}
