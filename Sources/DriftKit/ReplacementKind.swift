/// The kinds of word put in the place of another that the accounting recognises.
public enum ReplacementKind: String, Sendable, Hashable, CaseIterable {
    /// Another name, person or place ("Paris" → "London").
    case name
    /// Another number or amount ("4.2 million" → "42 million").
    case number
    /// Another day or month ("Friday" → "Thursday").
    case date
    /// A word of the opposite meaning (WordNet antonyms: "praised" → "criticised").
    case antonym
    /// A pronoun of another gender or person ("he" → "she", "we" → "they").
    case pronoun
    /// A negation added or dropped ("resigned" → "did not resign").
    case negation
    /// A hedge or modal added, dropped or changed ("resigned" → "is expected to resign").
    case modality
    /// Another tense ("said" → "says", "will say").
    case tense
    /// A statement turned into a question, or back.
    case question
    /// The same words with subject and object exchanged.
    case rolesSwapped = "roles swapped"
    /// A word of another meaning that WordNet does not relate to the reference's, alone in its
    /// place ("guitar" → "violin", "resigned" → "appointed"; not "corn" → "grain").
    case otherMeaning = "other meaning"
    /// A word of another language left in ("house" → "Haus").
    case foreignWord = "foreign word"
    /// A spelling slip or a regional spelling in a common word: a copy-edit.
    case spelling
    /// A name with other consonants ("Anbar" → "Amber"): broken text.
    case mangledName = "mangled name"

    /// Whether this kind changes what the sentence says.
    public var changesMeaning: Bool {
        switch self {
        case .spelling, .mangledName: false
        default: true
        }
    }

    /// Whether it replaces a fact: a number, day, name, negation or an antonym (a hedge, a
    /// tense or a pronoun changes how a fact is told).
    public var replacesFact: Bool {
        switch self {
        case .number, .date, .name, .negation, .antonym: true
        default: false
        }
    }

    /// How much it weighs in the drift.
    var weight: Double {
        switch self {
        case .number, .negation, .antonym, .name: 0.5
        case .rolesSwapped, .date, .pronoun, .modality: 0.4
        case .tense, .question, .foreignWord, .otherMeaning: 0.3
        case .spelling, .mangledName: 0
        }
    }
}
