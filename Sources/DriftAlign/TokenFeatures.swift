public import DriftText

/// What drift compares of one token: folded spelling, stem and name skeleton.
public struct TokenFeatures: Sendable, Hashable {
    /// The token's kind.
    public let kind: TokenKind
    /// The token as written.
    public let text: String
    /// A key that ignores case, compatibility forms and typographic variants: ASCII letters and
    /// digits for words and numbers ("Rifaï" → `rifai`, "2,000" → `2000`), NFKC case-folded text
    /// with straight quotes and hyphens for punctuation and symbols.
    public let folded: String
    /// The Snowball stem of `folded` (words only; otherwise `folded`).
    public let stem: String
    /// The consonant skeleton of a capitalised word (see `NameKey`), else empty.
    public let nameSkeleton: String

    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool { !nameSkeleton.isEmpty }
}
