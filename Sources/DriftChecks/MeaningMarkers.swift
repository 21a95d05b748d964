/// The words that turn a statement into its opposite or into less than a fact, as the judge
/// and `NegationModalityCheck` read them (English).
public enum MeaningMarkers {
    /// Words that negate (lower case); "n't" endings count too.
    public static let negations: Set<String> = [
        "not", "no", "nay", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
    ]

    /// Hedges and modal verbs (lower case), each with the class of modality it expresses:
    /// words that turn a fact into an expectation, a possibility, a condition or a report
    /// ("resigned" → "is expected to resign", "led to" → "would have led to"). Words of one
    /// class are interchangeable: "might"/"may", "reportedly"/"allegedly". "will" and "shall"
    /// (plain future), "may" (also wishes and purpose: "May Yahweh deal kindly", "that she may
    /// glean") and "must"/"should" (older English says "shalt") are left out.
    public static let modality: [String: String] = [
        "expected": "expectation", "likely": "expectation", "unlikely": "expectation", "probably": "expectation",
        "possibly": "possibility", "perhaps": "possibility", "might": "possibility", "could": "possibility",
        "would": "condition",
        "reportedly": "report", "allegedly": "report", "alleged": "report", "apparently": "report", "seems": "report",
        "seemed": "report", "suspected": "report", "believed": "report", "rumoured": "report", "rumored": "report",
        "supposedly": "report",
    ]

    /// The modality class of the word at `index` of a clause's lower-case words, reading the
    /// modal verbs `modality` leaves out by their context: "may" is a possibility and "must"
    /// and "should" an obligation, except as a wish at the start of a sentence ("May Yahweh
    /// deal kindly") and in a purpose clause ("that she may glean", "so that you should know").
    public static func modality(of words: [String], at index: Int, startsSentence: Bool) -> String? {
        modality(
            of: words[index], inPurposeClause: words[..<index].contains(where: purposeLinks.contains),
            startsSentence: startsSentence)
    }

    /// The modality class of a lower-case word, given whether a word of `purposeLinks` comes
    /// before it in its clause.
    public static func modality(of word: String, inPurposeClause: Bool, startsSentence: Bool) -> String? {
        if let known = modality[word] { return known }
        let kind: String? =
            switch word {
            case "may", "mayest", "mightest": "possibility"
            case "must", "should", "shouldest": "obligation"
            default: nil
            }
        guard let kind, !startsSentence, !inPurposeClause else { return nil }
        return kind
    }

    /// The words that open a clause of purpose.
    public static let purposeLinks: Set<String> = ["that", "so", "lest"]

    /// Whether a lower-case word negates: one of `negations` or a word ending in "n't".
    public static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }
}
