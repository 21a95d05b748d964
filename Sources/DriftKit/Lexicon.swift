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
        // Pieces of contractions that a tokeniser splits off: "wo n't", "ca n't", "I 'm".
        "wo", "ca", "sha", "ai", "nt", "ll", "ve", "re", "d", "m",
        // Auxiliaries and modal verbs: tense and modality are weighed on their own.
        "can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought", "let",
        // Closed classes WordNet leaves out.
        "because", "although", "though", "unless", "whether", "yet", "however", "therefore", "thus", "yes", "nor",
        "everything", "anything", "something", "nothing", "everyone", "anyone", "someone", "everybody", "anybody",
        "somebody", "whoever", "whatever", "whichever", "mine", "yours", "ours", "hers", "theirs", "whom", "whose",
        "via", "amid", "amidst", "despite", "toward", "towards", "per", "beside", "besides", "beyond", "across",
        "along",
        "around", "throughout", "versus", "whilst", "albeit", "upon", "alongside", "onto", "thereby", "whereas",
        // Older English (the King James Bible, older news style).
        "thine", "thyself", "art", "wast", "hast", "hath", "doth", "dost", "shalt", "wilt", "canst", "couldest",
        "wouldest", "saith", "hither", "thither", "whither", "thence", "hence", "whence", "wherefore", "whereof",
        "thereof", "therein", "wherein", "forth", "lo", "behold", "yea", "ho", "howbeit", "peradventure", "ere",
        // Particles of names: "al-Rifai", "bin Salman", "van Gogh".
        "al", "el", "bin", "ibn", "abu", "de", "del", "la", "le", "van", "von", "der", "du", "di", "da",
    ]
}
