/// Abbreviations that ICU's English sentence-break suppressions miss, the words that open a
/// sentence after an initialism, and the top-level domains that mark a web address glued to the
/// next sentence.
enum Abbreviations {
    /// Titles and other abbreviations that never end a sentence: "Mr. Smith", "Gen. Smith".
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Gen", "Maj", "Capt", "Cpt",
        "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Fr", "Hon", "Pres", "Supt",
        "Insp", "Det", "Amb", "Atty", "Gov", "Sr", "Jr", "St", "Mt", "Ft", "Sts",
        "vs", "cf", "viz", "approx", "Approx", "incl", "Incl",
        // Titles in other languages: Spanish and Portuguese "Sra.", "Dra.", Italian "Sig.",
        // "Dott.", Dutch "Dhr.", German "Hr.".
        "Sra", "Sras", "Srta", "Dra", "Dras", "Dña", "Lic", "Ing", "Sig", "Sigg", "Dott", "Avv", "Dhr", "Mevr",
        "Hr",
    ]

    /// Abbreviations that stand before a number and do not end a sentence there:
    /// "No. 2", "Jan. 5", "Vol. 3".
    static let beforeNumber: Set<String> = [
        "No", "Nos", "no", "nos", "Nr", "nr", "Vol", "Vols", "vol", "Art", "art", "Sec", "sec",
        "Ch", "ch", "Fig", "Figs", "fig", "Pg", "pg", "p", "pp", "Para", "para", "Pt", "pt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "ca", "Ca", "est", "Est", "Ed", "ed", "Op", "op",
    ]

    /// Initialisms of the time of day, without their full stops: "5 p.m.", "9 A.M.". Like an
    /// upper-case initialism ("U.S."), they end a sentence before a sentence opener.
    static let timesOfDay: Set<String> = ["am", "pm", "AM", "PM"]

    /// Words, lower case, that open a sentence when capitalised but hardly ever begin a name:
    /// determiners, pronouns, conjunctions, prepositions and sentence adverbs. After "the U.S."
    /// or "5 p.m." such a word starts a new sentence ("Last year he left", "They talked"), while
    /// any other capitalised word continues it ("the U.S. Army", "U.S. President Trump",
    /// "5 p.m. Eastern time"). Months and weekdays, modal verbs ("May", "Will"), ordinals
    /// ("First") and "Under" ("U.S. Under Secretary") are left out because they begin names.
    static let sentenceOpeners: Set<String> = [
        // Determiners and quantifiers.
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "many", "most", "much", "several", "few", "both", "each", "every", "all", "any", "no", "such",
        "another", "other", "one",
        // Pronouns.
        "i", "he", "she", "it", "we", "they", "you", "there", "here", "who", "what", "which", "whose", "nobody",
        "none", "everyone", "someone", "something", "nothing", "everything",
        // Conjunctions.
        "and", "but", "or", "so", "yet", "nor", "because", "although", "though", "while", "whereas", "if",
        "unless", "whether", "when", "where", "why", "how", "once", "as", "after", "before", "since", "until",
        // Prepositions.
        "in", "on", "at", "by", "for", "from", "with", "without", "within", "during", "into", "through",
        "throughout", "among", "amid", "despite", "against", "between", "of", "to", "about", "around", "across",
        "behind", "beyond", "following", "according", "like", "unlike", "upon", "over", "near",
        // Sentence adverbs.
        "last", "next", "yesterday", "today", "tonight", "tomorrow", "now", "then", "later", "earlier",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "therefore", "thus",
        "hence", "instead", "otherwise", "also", "still", "even", "only", "just", "indeed", "finally",
        "eventually", "recently", "currently", "previously", "afterwards", "afterward", "already", "soon",
        "overall", "separately", "similarly", "additionally", "again", "perhaps", "maybe", "yes", "not",
    ]

    /// Generic and common country-code top-level domains, lower case.
    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "news", "online", "io",
        "co", "tv", "me", "ly", "uk", "us", "de", "fr", "eu", "ru", "cn", "jp", "in", "au", "ca",
        "it", "es", "nl", "ch", "at", "be", "se", "no", "pl", "br", "il", "ir", "iq", "sy", "tr",
        "ae", "qa", "sa", "eg", "za", "ng", "ke", "kr", "tw", "hk", "sg", "nz", "ie", "pk",
    ]
}
