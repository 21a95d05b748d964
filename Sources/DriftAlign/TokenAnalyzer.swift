public import DriftText

/// Computes and caches `TokenFeatures`. Holds a stemmer and a transliterator, so it is not
/// thread-safe: one per worker.
public final class TokenAnalyzer {
    private let stemmer: Stemmer
    private let transliterator: Transliterator
    private let normalizer: Normalizer
    private var cache: [String: TokenFeatures] = [:]

    /// Creates an analyzer.
    ///
    /// - Parameter language: The Snowball stemmer's language (`english`, `german`, `en`, …).
    /// - Throws: `TextError` when the stemmer or ICU's data is missing.
    public init(language: String = "english") throws(TextError) {
        stemmer = try Stemmer(language: language)
        transliterator = try Transliterator()
        normalizer = try Normalizer(.nfkcCasefold)
    }

    /// The features of a token of `text`.
    public func features(of token: Token, in text: Text) -> TokenFeatures {
        let string = text[token.range]
        if let known = cache[string], known.kind == token.kind { return known }
        let features = Self.makeFeatures(
            string, kind: token.kind, stemmer: stemmer, transliterator: transliterator, normalizer: normalizer)
        cache[string] = features
        return features
    }

    /// The features of every token of a segmented text, in order.
    public func features(of text: SegmentedText) -> [TokenFeatures] {
        text.tokens.map { features(of: $0, in: text.text) }
    }

    private static func makeFeatures(
        _ string: String, kind: TokenKind, stemmer: Stemmer, transliterator: Transliterator, normalizer: Normalizer
    ) -> TokenFeatures {
        switch kind {
        case .word:
            let key = NameKey(string, transliterator: transliterator)
            let folded = key.folded.isEmpty ? normalizer.normalize(string) : key.folded
            let capitalized = string.unicodeScalars.first?.properties.isUppercase ?? false
            return TokenFeatures(
                kind: kind, text: string, folded: folded, stem: stemmer.stem(folded),
                nameSkeleton: capitalized && !key.skeleton.isEmpty ? key.skeleton : "")
        case .number:
            let digits = String(string.unicodeScalars.filter { $0.properties.numericType != nil }.map(Character.init))
            let folded = digits.isEmpty ? string : normalizer.normalize(digits)
            return TokenFeatures(kind: kind, text: string, folded: folded, stem: folded, nameSkeleton: "")
        case .punctuation, .symbol:
            let folded = String(String.UnicodeScalarView(normalizer.normalize(string).unicodeScalars.map(Self.plain)))
            return TokenFeatures(kind: kind, text: string, folded: folded, stem: folded, nameSkeleton: "")
        }
    }

    /// Straight quotes for curly ones, a hyphen for dashes: what is left when the typographic
    /// style of a character is ignored.
    public static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
        default: scalar
        }
    }
}
