/// A document's language: its BCP 47 code, the Snowball stemmer that reads its words, and its
/// lexicon.
///
/// drift's meaning layer reads a document in its own language: the stemmer matches the forms
/// of a word, the lexicon's closed lists find negations, modality, numbers and dates, and the
/// English-only resources (WordNet, the English lexicon) are applied to English alone.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The BCP 47 code: `en`, `de`, `zh`.
    public let code: String
    /// The English name: `English`, `German`.
    public let name: String
    /// The Snowball stemmer's name (`english`, `german`), or nil for a language written
    /// without inflections that Snowball reads (Chinese, Japanese, Korean): its words are
    /// matched as they are.
    public let stemmer: String?

    public var description: String { code }

    /// The name `Stemmer` takes: the Snowball stemmer's, or `none`.
    public var stemmerName: String { stemmer ?? "none" }

    /// The language's lexicon, or an empty one for a language drift has none of.
    public var lexicon: Lexicon { Lexicon.named(code) ?? Lexicon(language: code) }

    /// Whether WordNet and the other English resources apply.
    public var isEnglish: Bool { code == "en" }

    public static let english = Language(code: "en", name: "English", stemmer: "english")

    /// The languages drift knows by name; others are accepted by their Snowball stemmer's name.
    public static let known: [Language] = [
        .english,
        Language(code: "de", name: "German", stemmer: "german"),
        Language(code: "fr", name: "French", stemmer: "french"),
        Language(code: "es", name: "Spanish", stemmer: "spanish"),
        Language(code: "it", name: "Italian", stemmer: "italian"),
        Language(code: "pt", name: "Portuguese", stemmer: "portuguese"),
        Language(code: "nl", name: "Dutch", stemmer: "dutch"),
        Language(code: "ru", name: "Russian", stemmer: "russian"),
        Language(code: "ar", name: "Arabic", stemmer: "arabic"),
        Language(code: "el", name: "Greek", stemmer: "greek"),
        Language(code: "hi", name: "Hindi", stemmer: "hindi"),
        Language(code: "zh", name: "Chinese", stemmer: nil),
        Language(code: "ja", name: "Japanese", stemmer: nil),
        Language(code: "ko", name: "Korean", stemmer: nil),
        Language(code: "he", name: "Hebrew", stemmer: nil),
    ]

    /// The language a name gives: a BCP 47 code (`fr`, `fr-CA`, `zh_Hant`), an English name
    /// (`French`) or a Snowball stemmer's name (`french`, `swedish`); nil when it names none.
    public static func named(_ name: String) -> Language? {
        let lower = name.lowercased()
        let primary = lower.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lower
        if let language = known.first(where: {
            $0.code == primary || $0.name.lowercased() == lower || $0.stemmer == lower
        }) {
            return language
        }
        guard Stemmer.availableLanguages.contains(lower) else { return nil }
        return Language(code: lower, name: lower.prefix(1).uppercased() + lower.dropFirst(), stemmer: lower)
    }

    init(code: String, name: String, stemmer: String?) {
        self.code = code
        self.name = name
        self.stemmer = stemmer
    }
}
