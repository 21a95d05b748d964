/// Tells a text's language from the text alone: by its script where a script belongs to one
/// language here (Han, kana, Hangul, Cyrillic, Arabic, Greek, Hebrew, Devanagari), and for
/// the Latin script by a profile of its most frequent function words (English, German, French,
/// Spanish, Italian, Portuguese, Dutch).
///
/// Reading a few hundred words is enough: a news paragraph is told apart reliably, a single
/// short sentence usually. A text with too few words to tell is English.
public struct LanguageDetector: Sendable {
    /// Letters read at most; the rest of a long text changes nothing.
    public var letterLimit = 20_000

    public init() {}

    /// The language `name` gives (`fr`, `french`), or for `auto` the language of `text`; nil
    /// for a name of no language drift can read.
    public func language(named name: String, orOf text: @autoclosure () -> String) -> Language? {
        name.lowercased() == "auto" ? language(of: text()) : Language.named(name)
    }

    /// The language of `text`.
    public func language(of text: String) -> Language {
        var scripts: [String: Int] = [:]
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if letters > letterLimit { break }
            if scalar.isASCII {
                scripts["Latn", default: 0] += 1
                continue
            }
            let script = Script(of: scalar).shortName
            scripts[script, default: 0] += 1
        }
        // Kana decides Japanese even where Han is most of the text.
        let kana = (scripts["Hira"] ?? 0) + (scripts["Kana"] ?? 0)
        if kana > 0 && 10 * kana >= letters { return Self.language("ja") }
        // The commonest script; ties go to the earlier name, so that the answer never varies.
        let (script, count) =
            scripts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) } ?? ("", 0)
        guard count > 0 else { return .english }
        if let code = Self.languageOfScript[script] { return Self.language(code) }
        return Self.latin(text)
    }

    /// The language of a Latin-script text: the one whose function words it uses most, each
    /// letter only some of the languages write (é, ñ, ß, ã) counting half a word for them. Ties
    /// go to the earlier of `latinOrder`; another language than English needs a score of 1 and
    /// one more than English's, a function word English writes too ("per", "no") counting half.
    static func latin(_ text: String) -> Language {
        var scores: [String: Double] = [:]
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            words += 1
            if words > 5_000 { break }
            let word = String(word)
            let weight = englishHomographs.contains(word) ? 0.5 : 1
            for (code, profile) in profiles where profile.contains(word) {
                scores[code, default: 0] += code == "en" ? 1 : weight
            }
            for letter in Set(word) {
                for code in letterCues[letter] ?? [] { scores[code, default: 0] += 0.5 }
            }
        }
        var best: (code: String, score: Double) = ("en", 0)
        for code in latinOrder where scores[code, default: 0] > best.score { best = (code, scores[code]!) }
        // Another language needs clear evidence: a short English headline ("Obama urges no new
        // sanctions on Iran", "25 per cent") shares a word or two with Portuguese or Italian by
        // chance, while a short German line ("So funktioniert die Evolution.") has one.
        let english = scores["en", default: 0]
        return best.score >= 1 && best.score >= english + 1 ? language(best.code) : .english
    }

    /// The Latin-script languages told apart, in the order that breaks ties.
    static let latinOrder = ["en", "fr", "de", "es", "it", "pt", "nl"]

    /// Letters that only some of the languages write.
    private static let letterCues: [Character: [String]] = [
        "é": ["fr", "es", "pt"], "è": ["fr", "it"], "ê": ["fr", "pt"], "à": ["fr", "it", "pt"], "ç": ["fr", "pt"],
        "œ": ["fr"], "ù": ["fr", "it"], "î": ["fr"], "ô": ["fr", "pt"], "ë": ["fr", "nl"], "ï": ["fr", "nl"],
        "ä": ["de"], "ö": ["de"], "ü": ["de", "es"], "ß": ["de"], "ñ": ["es"], "á": ["es", "pt"],
        "í": ["es", "pt"], "ó": ["es", "pt"], "ú": ["es", "pt"], "ã": ["pt"], "õ": ["pt"], "ì": ["it"], "ò": ["it"],
    ]

    private static func language(_ code: String) -> Language {
        Language.named(code) ?? .english
    }

    /// Function words of the other profiles that an English text holds too: English words
    /// ("is", "per", "no", "son") and the particles of names and loans ("de", "la", "van", "el").
    private static let englishHomographs: Set<String> = [
        "a", "o", "e", "is", "per", "come", "no", "do", "um", "son", "sin", "con", "la", "le", "ha", "lo", "su",
        "se", "en", "op", "te", "er", "om", "van", "di", "el", "da", "em", "na", "ma", "si", "de",
    ]

    /// Scripts that name their language here (ISO 15924 code → BCP 47).
    private static let languageOfScript = [
        "Hani": "zh", "Hang": "ko", "Cyrl": "ru", "Arab": "ar", "Grek": "el", "Hebr": "he", "Deva": "hi",
    ]

    /// The most frequent function words of each Latin-script language. A word that several of
    /// them write ("de", "la", "en") is in each of their profiles, so that it decides nothing.
    static let profiles: [String: Set<String>] = [
        "en": [
            "the", "and", "of", "to", "is", "was", "that", "with", "for", "it", "he", "she", "they", "this", "are",
            "have", "has", "not", "but", "be", "by", "from", "which", "were", "their", "will", "would", "an",
            "on", "at", "his", "her", "my", "as", "about", "after", "its", "no", "who", "said", "says", "into",
        ],
        "de": [
            "der", "die", "und", "das", "ist", "nicht", "ich", "sie", "es", "zu", "den", "mit", "sich", "auf", "dem",
            "ein", "eine", "auch", "wir", "von", "wird", "sind", "dass", "für", "aber", "nach", "noch", "wie",
        ],
        "fr": [
            "le", "la", "les", "et", "est", "une", "des", "du", "que", "qui", "dans", "pour", "pas", "au", "sur",
            "avec", "il", "elle", "nous", "vous", "ce", "cette", "sont", "mais", "ont", "aux", "été", "leur",
            "de", "en", "un",
        ],
        "es": [
            "el", "los", "las", "y", "es", "que", "del", "por", "con", "para", "una", "su", "se", "lo", "como",
            "más", "pero", "sus", "fue", "está", "son", "ha", "también", "muy", "entre", "cuando", "sin", "hay",
            "la", "de", "en", "un", "al", "dos", "este", "esta",
        ],
        "it": [
            "il", "di", "che", "è", "della", "per", "non", "una", "gli", "sono", "nel", "alla", "anche", "con",
            "come", "più", "dei", "delle", "ma", "si", "questo", "ha", "hanno", "stato", "degli", "sul", "dal", "lo",
            "la", "un", "da",
        ],
        "pt": [
            "o", "os", "e", "que", "do", "da", "dos", "das", "não", "em", "uma", "um", "para", "com", "por", "mais",
            "como", "foi", "são", "ao", "se", "na", "no", "sua", "seu", "também", "já", "está",
            "de",
        ],
        "nl": [
            "de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn", "voor", "met", "die", "ook",
            "als", "maar", "bij", "om", "er", "ze", "wordt", "naar", "nog", "werd", "hij", "dit", "wij",
        ],
    ]
}
