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
}
