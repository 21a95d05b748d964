/// A Snowball stemmer ("running", "runs" → "run") for one language.
///
/// A stemmer is not thread-safe (libstemmer says so of itself): create one per worker.
public final class Stemmer {
    /// The Snowball algorithm in use, such as `english`.
    public let language: String
    /// Nil for `none`: words are their own stems.
    private let stemmer: SnowballStemmer?

    /// The languages libstemmer offers, by their Snowball names (`english`, `german`, …).
    public static var availableLanguages: [String] { SnowballStemmer.algorithms }

    /// Creates a stemmer.
    ///
    /// - Parameter language: A Snowball algorithm name (`english`, `porter`, `german`, …), an
    ///   ISO 639 code (`en`, `de`, …), or `none` for a language whose words are matched as they
    ///   are (Chinese, Japanese).
    /// - Throws: `TextError.unknownStemmerLanguage` when libstemmer has no such algorithm.
    public init(language: String = "english") throws(TextError) {
        if language == "none" {
            self.language = language
            stemmer = nil
            return
        }
        guard let stemmer = SnowballStemmer(algorithm: language.lowercased()) else {
            throw .unknownStemmerLanguage(language, available: Self.availableLanguages)
        }
        self.language = language
        self.stemmer = stemmer
    }

    /// The stem of `word`. Snowball expects lower case; pass folded words for stable stems.
    public func stem(_ word: String) -> String {
        stemmer?.stem(word) ?? word
    }
}
