/// A Snowball stemmer ("running", "runs" → "run") for one language.
///
/// A stemmer is not thread-safe (libstemmer says so of itself): create one per worker.
public final class Stemmer {
    /// The Snowball algorithm in use, such as `english`.
    public let language: String
    private let stemmer: SnowballStemmer

    /// The languages libstemmer offers, by their Snowball names (`english`, `german`, …).
    public static var availableLanguages: [String] { SnowballStemmer.algorithms }

    /// Creates a stemmer.
    ///
    /// - Parameter language: A Snowball algorithm name (`english`, `porter`, `german`, …) or an
    ///   ISO 639 code (`en`, `de`, …).
    /// - Throws: `TextError.unknownStemmerLanguage` when libstemmer has no such algorithm.
    public init(language: String = "english") throws(TextError) {
        guard let stemmer = SnowballStemmer(algorithm: language.lowercased()) else {
            throw .unknownStemmerLanguage(language, available: Self.availableLanguages)
        }
        self.language = language
        self.stemmer = stemmer
    }

    /// The stem of `word`. Snowball expects lower case; pass folded words for stable stems.
    public func stem(_ word: String) -> String {
        stemmer.stem(word)
    }
}
