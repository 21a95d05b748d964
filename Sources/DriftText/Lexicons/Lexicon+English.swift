extension Lexicon {
    /// English, with the older English of the King James Bible and older news style.
    public static let english = Lexicon(
        language: "en",
        functionWords: [
            "a", "an", "the", "and", "or", "but", "if", "then", "of", "in", "on", "at", "to", "for", "from", "by",
            "with",
            "about", "as", "into", "onto", "over", "under", "after", "before", "between", "through", "during", "since",
            "until", "while", "within", "without", "against", "among", "upon", "unto", "this", "that", "these", "those",
            "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
            "you", "your", "i", "me", "my", "myself", "yourself", "himself", "herself", "itself", "ourselves",
            "yourselves", "themselves", "thou", "thee", "thy", "ye", "who", "whom", "whose", "which", "what", "when",
            "where", "why", "how", "there", "here", "is", "are", "was", "were", "be", "been", "being", "am", "do",
            "does",
            "did", "has", "have", "had", "hath", "so", "also", "too", "very", "just", "than", "such", "both", "each",
            "all", "any", "some", "other", "another", "more", "most", "own", "same", "up", "down", "out", "off",
            "again",
            "further", "once", "said", "says", "according", "s", "t", "one",
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
        ],
        negations: [
            "not", "no", "nay", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot",
            "without",
        ],
        negationSuffixes: ["n't"],
        // "will" and "shall" (plain future) are left out; "may", "must" and "should" are read by
        // their context.
        modality: [
            "expected": "expectation", "likely": "expectation", "unlikely": "expectation", "probably": "expectation",
            "possibly": "possibility", "perhaps": "possibility", "might": "possibility", "could": "possibility",
            "would": "condition",
            "reportedly": "report", "allegedly": "report", "alleged": "report", "apparently": "report",
            "seems": "report", "seemed": "report", "suspected": "report", "believed": "report",
            "rumoured": "report", "rumored": "report", "supposedly": "report",
        ],
        contextualModality: [
            "may": "possibility", "mayest": "possibility", "mightest": "possibility",
            "must": "obligation", "should": "obligation", "shouldest": "obligation",
        ],
        purposeLinks: ["that", "so", "lest"],
        reportingWords: [
            "said", "says", "say", "told", "tells", "added", "stated", "announced", "declared", "claimed",
            "insisted", "warned", "explained", "noted", "argued", "reported", "according", "predicted", "promised",
        ],
        modalVerbs: ["can", "could", "may", "might", "must", "should", "would", "ought", "let", "to"],
        // "do" and "does" are left out: they come with negations and questions ("make not" →
        // "don't make"). The reporting verbs count too.
        pastAuxiliaries: ["was", "were", "had", "did", "wast", "wert", "didst", "hadst", "said"],
        presentAuxiliaries: [
            "is", "are", "am", "has", "have", "art", "hast", "hath", "doth", "dost", "says", "saith",
        ],
        futureAuxiliaries: ["will", "shall", "'ll", "wo", "shalt", "wilt"],
        perfectAuxiliaries: ["has", "have", "had", "hast", "hath", "hadst", "'ve", "'d"],
        pronouns: [
            "1 singular": ["i", "me", "my", "mine", "myself"],
            "1 plural": ["we", "us", "our", "ours", "ourselves"],
            "2": ["you", "your", "yours", "yourself", "yourselves", "thou", "thee", "thy", "thine", "ye"],
            "3 masculine": ["he", "him", "his", "himself"],
            "3 feminine": ["she", "her", "hers", "herself"],
            "3 neuter": ["it", "its", "itself"],
            "3 plural": ["they", "them", "their", "theirs", "themselves"],
        ],
        singlePersonPronouns: ["1 singular", "3 masculine", "3 feminine"],
        subjectPronouns: ["i", "he", "she", "we", "they", "it", "you", "thou", "ye"],
        idiomLinks: ["by", "to", "and", "after", "upon", "for", "or", "in", "on", "over"],
        // News text writes these; "one" counts only before a multiplier.
        cardinals: [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
            "hundred": 100, "thousand": 1000, "dozen": 12,
        ],
        tens: ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        units: ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9],
        ordinals: [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
        ],
        multipliers: [
            "hundred": 2, "thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12,
        ],
        percentWords: ["percent"],
        weakNumbers: ["one"],
        weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        months: [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ],
        dateLinks: [
            "in", "of", "since", "until", "by", "early", "late", "last", "next", "mid", "during", "from", "to",
        ],
        repeatableWords: ["had", "that", "is", "do", "bye", "no", "very", "so", "far"]
    )
}
