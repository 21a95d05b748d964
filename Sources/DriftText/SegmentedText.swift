/// A text with its sentences, their tokens and its paragraph structure: what alignment and the
/// checks work on.
public struct SegmentedText: Sendable {
    /// The text.
    public let text: Text
    /// The sentences of the text, in order.
    public let sentences: [Sentence]
    /// The tokens of all sentences, in order; tokens never cross a sentence boundary.
    public let tokens: [Token]
    /// For each sentence, the indices of its tokens in `tokens`.
    public let sentenceTokens: [Range<Int>]
    /// For each sentence, whether it starts a paragraph: it is the first sentence, or a line
    /// break separates it from the sentence before.
    public let startsParagraph: [Bool]

    /// Segments and tokenizes a text.
    public init(_ text: Text, segmenter: Segmenter, tokenizer: Tokenizer) {
        self.init(text, sentences: segmenter.sentences(in: text), tokenizer: tokenizer)
    }

    /// Tokenizes a text whose sentences are already known.
    public init(_ text: Text, sentences: [Sentence], tokenizer: Tokenizer) {
        self.text = text
        self.sentences = sentences
        var tokens: [Token] = []
        var sentenceTokens: [Range<Int>] = []
        var startsParagraph: [Bool] = []
        sentenceTokens.reserveCapacity(sentences.count)
        var previousEnd: Int?
        for sentence in sentences {
            let first = tokens.count
            tokens.append(contentsOf: tokenizer.tokens(in: text, range: sentence.range))
            sentenceTokens.append(first..<tokens.count)
            if let end = previousEnd {
                startsParagraph.append(text.scalars[end..<sentence.range.lowerBound].contains { $0.isLineBreak })
            } else {
                startsParagraph.append(true)
            }
            previousEnd = sentence.range.upperBound
        }
        self.tokens = tokens
        self.sentenceTokens = sentenceTokens
        self.startsParagraph = startsParagraph
    }

    /// The text of a sentence.
    public func string(ofSentence index: Int) -> String {
        text[sentences[index].range]
    }

    /// The scalar span from the start of sentence `indices.lowerBound` to the end of sentence
    /// `indices.upperBound - 1`, or nil for no sentences.
    public func span(ofSentences indices: Range<Int>) -> Range<Int>? {
        guard let first = indices.first, let last = indices.last else { return nil }
        return sentences[first].range.lowerBound..<sentences[last].range.upperBound
    }
}
