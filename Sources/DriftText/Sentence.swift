/// One sentence of a text.
public struct Sentence: Sendable, Hashable {
    /// The position of the sentence in its text, from 0.
    public var index: Int
    /// Unicode scalar offsets of the sentence in its text, `[start, end)`, without surrounding
    /// whitespace.
    public var range: Range<Int>

    public init(index: Int, range: Range<Int>) {
        self.index = index
        self.range = range
    }
}
