import DriftChecks
/// Closed word classes of English that the judge treats specially.
enum Lexicon {
    /// Function words (folded): they carry grammar, not content.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "then", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "about", "as", "into", "onto", "over", "under", "after", "before", "between", "through", "during", "since",
        "until", "while", "within", "without", "against", "among", "upon", "unto", "this", "that", "these", "those",
        "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
        "you", "your", "i", "me", "my", "myself", "yourself", "himself", "herself", "itself", "ourselves",
        "yourselves", "themselves", "thou", "thee", "thy", "ye", "who", "whom", "whose", "which", "what", "when",
        "where", "why", "how", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "has", "have", "had", "hath", "so", "also", "too", "very", "just", "than", "such", "both", "each",
        "all", "any", "some", "other", "another", "more", "most", "own", "same", "up", "down", "out", "off", "again",
        "further", "once", "said", "says", "s", "t", "one",
        // Particles of names: "al-Rifai", "bin Salman", "van Gogh".
        "al", "el", "bin", "ibn", "abu", "de", "del", "la", "le", "van", "von", "der", "du", "di", "da",
    ]

    /// Words that negate (lower case); "n't" endings count too.
    static let negations: Set<String> = [
        "not", "no", "nay", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
    ]

    /// Hedges and modal verbs (lower case), each with the class of modality it expresses:
    /// words that turn a fact into an expectation, a possibility, a condition or a report
    /// ("resigned" → "is expected to resign", "led to" → "would have led to"). Words of one
    /// class are interchangeable: "might"/"may", "reportedly"/"allegedly". "will" and "shall"
    /// (plain future), "may" (also wishes and purpose: "May Yahweh deal kindly", "that she may
    /// glean") and "must"/"should" (older English says "shalt") are left out.
    static let modality: [String: String] = [
        "expected": "expectation", "likely": "expectation", "unlikely": "expectation", "probably": "expectation",
        "possibly": "possibility", "perhaps": "possibility", "might": "possibility", "could": "possibility",
        "would": "condition",
        "reportedly": "report", "allegedly": "report", "alleged": "report", "apparently": "report", "seems": "report",
        "seemed": "report", "suspected": "report", "believed": "report", "rumoured": "report", "rumored": "report",
        "supposedly": "report",
    ]

    /// Words that join a repeated word in idioms: "day by day", "face to face", "more and more".
    static let idiomLinks = RepetitionLoopCheck.idiomLinks
}
