/// The closed word lists of one language that drift's judge and checks read: function words,
/// negation and modality, tense auxiliaries, pronouns, number, date and idiom words. Every list
/// of words the meaning layer consults lives in a lexicon, so that a language is one file.
///
/// Words are lower case, spelt as the language writes them. English is the fullest (tense,
/// pronouns, purpose clauses); German, French, Spanish, Italian, Portuguese, Dutch, Russian and
/// Chinese hold negation, modality, numbers, days, months, quotation marks and the directions of
/// change. A language without a lexicon gets an empty one.
public struct Lexicon: Sendable {
    /// The language's BCP 47 code: `en`, `de`, `fr`, `es`.
    public let language: String
    /// Function words: they carry grammar, not content.
    public let functionWords: Set<String>
    /// Words that negate.
    public let negations: Set<String>
    /// Word endings that negate ("n't").
    public let negationSuffixes: [String]
    /// Hedges and modal words, each with the class of modality it expresses ("expectation",
    /// "possibility", "condition", "report"): words that turn a fact into an expectation, a
    /// possibility, a condition or a report. Words of one class are interchangeable.
    public let modality: [String: String]
    /// Modal verbs that express their class except as a wish at the start of a sentence or in
    /// a clause of purpose ("May Yahweh deal kindly", "that she may glean").
    public let contextualModality: [String: String]
    /// The words that open a clause of purpose.
    public let purposeLinks: Set<String>
    /// Words that report speech ("said", "according", German "sagte", "laut"): beside one of
    /// them, a conditional is the reported speech's tense ("said the talks would continue"),
    /// not a condition.
    public let reportingWords: Set<String>
    /// Modal verbs, which leave the tense to the context.
    public let modalVerbs: Set<String>
    /// Auxiliaries that mark the past, the present and the future, with the reporting verbs
    /// that the judge counts as function words.
    public let pastAuxiliaries: Set<String>
    public let presentAuxiliaries: Set<String>
    public let futureAuxiliaries: Set<String>
    /// Auxiliaries of the perfect: "has shown" tells of the past as "showed" does.
    public let perfectAuxiliaries: Set<String>
    /// Personal pronouns by class: person, then gender for the third person singular.
    public let pronouns: [String: [String]]
    /// The pronoun classes that name one person.
    public let singlePersonPronouns: Set<String>
    /// Pronouns that stand as a subject.
    public let subjectPronouns: Set<String>
    /// The words that join a word to itself in idioms: "day by day", "face to face".
    public let idiomLinks: Set<String>
    /// Number words and their values.
    public let cardinals: [String: Int]
    /// The tens ("twenty") that a unit may follow ("twenty five").
    public let tens: Set<String>
    /// The units that may follow a ten.
    public let units: [String: Int]
    /// Ordinal words and their values.
    public let ordinals: [String: Int]
    /// Words that multiply the number before them, as powers of ten.
    public let multipliers: [String: Int]
    /// Words for per cent.
    public let percentWords: Set<String>
    /// Words before a number that make it a percentage (Chinese 百分之五, "five per hundred").
    public let percentPrefixes: [String]
    /// Number words that count only before a multiplier: "one" ("one of the leaders" holds no
    /// number, "one million" does), Chinese 一.
    public let weakNumbers: Set<String>
    /// Whether numerals are written character by character in one word (Chinese 十三 = 13,
    /// 两千五百 = 2,500): the cardinals are then the digits, and the multipliers the powers of ten.
    public let composesNumerals: Bool
    /// Measure words that may close a composed numeral's word (Chinese 三人, 五年).
    public let measureWords: Set<String>
    /// The weekdays, Monday first.
    public let weekdays: [String]
    /// The months, January first.
    public let months: [String]
    /// Other forms of the weekdays and months, for languages that decline them (Russian "в
    /// среду", "5 января"): each form with its day (1 = Monday) or month (1 = January).
    public let weekdayForms: [String: Int]
    public let monthForms: [String: Int]
    /// Words before a month that make an ambiguous month name one ("in May", "last March").
    public let dateLinks: Set<String>
    /// Whether every noun starts with a capital (German), so that a capital marks no name.
    public let capitalizesNouns: Bool
    /// Whether a full stop after a number makes it an ordinal (German "am 3. Oktober"), so that
    /// it ends no sentence there.
    public let ordinalFullStop: Bool
    /// The decimal mark: "." in English and Chinese, "," in German, French and Spanish.
    public let decimalSeparator: Character
    /// The quotation marks, each an opening and a closing mark: `«»`, `„“`, `“”`.
    public let quotationMarks: [String]
    /// Words that may stand twice in a row in good text ("that that", German "die die", French
    /// "nous nous", "ist, ist es"): doubled, they are no slip and no garble.
    public let repeatableWords: Set<String>
    /// The beginnings of words with a direction (`rise+`, `rise-`: "augment", "baiss"), or
    /// whole words when the entry ends in `$` ("mehr$", which "mehrere" does not share): two
    /// words whose directions have the same axis and opposite signs say opposite things. For
    /// languages without WordNet's antonyms.
    public let directions: [String: String]

    init(
        language: String, functionWords: Set<String> = [], negations: Set<String> = [],
        negationSuffixes: [String] = [], modality: [String: String] = [:],
        contextualModality: [String: String] = [:], purposeLinks: Set<String> = [],
        reportingWords: Set<String> = [], modalVerbs: Set<String> = [],
        pastAuxiliaries: Set<String> = [], presentAuxiliaries: Set<String> = [], futureAuxiliaries: Set<String> = [],
        perfectAuxiliaries: Set<String> = [], pronouns: [String: [String]] = [:],
        singlePersonPronouns: Set<String> = [], subjectPronouns: Set<String> = [], idiomLinks: Set<String> = [],
        cardinals: [String: Int] = [:], tens: Set<String> = [], units: [String: Int] = [:],
        ordinals: [String: Int] = [:], multipliers: [String: Int] = [:], percentWords: Set<String> = [],
        percentPrefixes: [String] = [], weakNumbers: Set<String> = [], composesNumerals: Bool = false,
        measureWords: Set<String> = [],
        weekdays: [String] = [], months: [String] = [], weekdayForms: [String: Int] = [:],
        monthForms: [String: Int] = [:], dateLinks: Set<String> = [], capitalizesNouns: Bool = false,
        ordinalFullStop: Bool = false,
        decimalSeparator: Character = ".", quotationMarks: [String] = ["“”", "\"\""], repeatableWords: Set<String> = [],
        directions: [String: String] = [:]
    ) {
        self.language = language
        self.functionWords = functionWords
        self.negations = negations
        self.negationSuffixes = negationSuffixes
        self.modality = modality
        self.contextualModality = contextualModality
        self.purposeLinks = purposeLinks
        self.reportingWords = reportingWords
        self.modalVerbs = modalVerbs
        self.pastAuxiliaries = pastAuxiliaries
        self.presentAuxiliaries = presentAuxiliaries
        self.futureAuxiliaries = futureAuxiliaries
        self.perfectAuxiliaries = perfectAuxiliaries
        self.pronouns = pronouns
        self.singlePersonPronouns = singlePersonPronouns
        self.subjectPronouns = subjectPronouns
        self.idiomLinks = idiomLinks
        self.cardinals = cardinals
        self.tens = tens
        self.units = units
        self.ordinals = ordinals
        self.multipliers = multipliers
        self.percentWords = percentWords
        self.percentPrefixes = percentPrefixes
        self.weakNumbers = weakNumbers
        self.composesNumerals = composesNumerals
        self.measureWords = measureWords
        self.capitalizesNouns = capitalizesNouns
        self.ordinalFullStop = ordinalFullStop
        self.weekdays = weekdays
        self.months = months
        self.weekdayForms = weekdayForms
        self.monthForms = monthForms
        self.dateLinks = dateLinks
        self.decimalSeparator = decimalSeparator
        self.quotationMarks = quotationMarks
        self.repeatableWords = repeatableWords
        self.directions = directions
    }

    /// The lexicons drift has, English first.
    public static let all: [Lexicon] = [
        .english, .german, .french, .spanish, .italian, .portuguese, .dutch, .russian, .chinese,
    ]

    /// The lexicon of a BCP 47 language code (`en`, `en-GB`, `de`), nil for a language drift
    /// has none of.
    public static func named(_ code: String) -> Lexicon? {
        let language = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
        return all.first { $0.language == language }
    }

    /// The lexicon of a language named as Snowball names its stemmers (`english`, `german`) or
    /// by its code; nil for a language drift has none of.
    public static func forLanguage(_ name: String) -> Lexicon? {
        Language.named(name).flatMap { named($0.code) }
    }

    /// The direction of a lower-case word (`rise+`), from the longest beginning in
    /// `directions` that it starts with; nil for a word without one.
    public func direction(of word: String) -> String? {
        guard !directions.isEmpty else { return nil }
        var best: (length: Int, direction: String)?
        for (start, direction) in directions where start.count > best?.length ?? 0 {
            let matches = start.hasSuffix("$") ? word == start.dropLast() : word.hasPrefix(start)
            if matches { best = (start.count, direction) }
        }
        return best?.direction
    }

    /// Whether two lower-case words say opposite things: their directions share an axis with
    /// opposite signs ("baissé", "augmenté").
    public func areOpposite(_ a: String, _ b: String) -> Bool {
        guard let x = direction(of: a), let y = direction(of: b), x != y else { return false }
        return x.dropLast() == y.dropLast()
    }

    /// Whether a lower-case word negates: one of `negations`, opening with an elided one ("n'est"),
    /// or ending in a negating suffix (typographic apostrophes read as straight ones).
    public func isNegation(_ word: String) -> Bool {
        if negations.contains(word) { return true }
        let straight = word.contains("’") ? word.replacing("’", with: "'") : word
        // An elided negation joined to its verb: French "n'est".
        if let apostrophe = straight.firstIndex(of: "'"), negations.contains(String(straight[...apostrophe])) {
            return true
        }
        return negationSuffixes.contains { straight.hasSuffix($0) }
    }

    /// The modality class of the word at `index` of a clause's lower-case words, reading the
    /// modal verbs of `contextualModality` by their context: not as a wish at the start of a
    /// sentence, not after a word of `purposeLinks` in the clause.
    public func modality(of words: [String], at index: Int, startsSentence: Bool) -> String? {
        modality(
            of: words[index], inPurposeClause: words[..<index].contains(where: purposeLinks.contains),
            startsSentence: startsSentence)
    }

    /// The modality class of a lower-case word, given whether a word of `purposeLinks` comes
    /// before it in its clause and whether its sentence reports speech (`reportsSpeech`).
    public func modality(
        of word: String, inPurposeClause: Bool, startsSentence: Bool, inReportedSpeech: Bool = false
    ) -> String? {
        if let known = hedge(word, inReportedSpeech: inReportedSpeech) { return known }
        guard modality[word] == nil, let kind = contextualModality[word], !startsSentence, !inPurposeClause else {
            return nil
        }
        return kind
    }

    /// The class of a word of `modality`, except a conditional in reported speech, which is the
    /// report's tense ("said the talks would continue"); nil for other words.
    public func hedge(_ word: String, inReportedSpeech: Bool) -> String? {
        guard let kind = modality[word], !(inReportedSpeech && kind == Self.condition) else { return nil }
        return kind
    }

    /// The modality class `condition`.
    public static let condition = "condition"

    /// Whether a sentence (its lower-case words) reports speech, so that its conditionals are
    /// the reported speech's tense ("The minister said the talks would continue").
    public func reportsSpeech(_ words: some Sequence<String>) -> Bool {
        words.contains(where: reportingWords.contains)
    }

    /// The union of one list over every lexicon, for words read in any language: numbers and
    /// idioms of a translation are compared across languages.
    public static func union<Element: Hashable>(_ list: KeyPath<Lexicon, Set<Element>>) -> Set<Element> {
        all.reduce(into: []) { $0.formUnion($1[keyPath: list]) }
    }

    /// The union of one table over every lexicon; English wins where two disagree.
    public static func union<Value>(_ table: KeyPath<Lexicon, [String: Value]>) -> [String: Value] {
        all.reduce(into: [:]) { $0.merge($1[keyPath: table]) { first, _ in first } }
    }
}
