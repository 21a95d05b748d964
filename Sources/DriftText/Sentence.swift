/// One sentence of a text.
public struct Sentence: Sendable, Hashable {
    /// The position of the sentence in its text, from 0.
    public var index: Int
    /// Unicode scalar offsets of the sentence in its text, `[start, end)`, without surrounding
    /// whitespace.
    public var range: Range<Int>
    /// Whether the sentence ends where the segmenter cut a run of text longer than its
    /// `maxSentenceLength`, not at a sentence break: the next sentence continues it.
    public var isCut: Bool

    public init(index: Int, range: Range<Int>, isCut: Bool = false) {
        self.index = index
        self.range = range
        self.isCut = isCut
    }
}
