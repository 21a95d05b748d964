/// A word, number, punctuation mark or symbol of a text. White space is not a token.
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public var kind: TokenKind
    /// Unicode scalar offsets of the token in its text, `[start, end)`.
    public var range: Range<Int>

    public init(kind: TokenKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
