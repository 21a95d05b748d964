import DriftAlign

/// A word or number of a judged sentence: its features, role and place.
struct JudgedWord {
    /// The token's features.
    var features: TokenFeatures
    /// What it does in the sentence.
    var role: WordRole
    /// Lower case, as the lexicons and WordNet list words.
    var lowercased: String
    /// Its index among all tokens of the sentence (punctuation included).
    var token: Int
    /// The number of the clause it stands in: clauses are split by punctuation.
    var clause: Int
    /// Whether it is the first word of a sentence.
    var startsSentence: Bool
    /// Whether it negates ("not", "never", "didn't").
    var isNegation: Bool

    /// Whether it carries content (not a function word).
    var isContent: Bool { role != .function }
}
