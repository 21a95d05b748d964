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

    /// Whether a lower-case word negates: one of `negations` or a word ending in "n't".
    public static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }
}
