/// Abbreviations that ICU's English sentence-break suppressions miss, and the top-level domains
/// that mark a web address glued to the next sentence.
enum Abbreviations {
    /// Titles and other abbreviations that never end a sentence: "Mr. Smith", "Gen. Smith".
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Gen", "Maj", "Capt", "Cpt",
        "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Fr", "Hon", "Pres", "Supt",
        "Insp", "Det", "Amb", "Atty", "Gov", "Sr", "Jr", "St", "Mt", "Ft", "Sts",
        "vs", "cf", "viz", "approx", "Approx", "incl", "Incl",
    ]

    /// Abbreviations that stand before a number and do not end a sentence there:
    /// "No. 2", "Jan. 5", "Vol. 3".
    static let beforeNumber: Set<String> = [
        "No", "Nos", "no", "nos", "Nr", "nr", "Vol", "Vols", "vol", "Art", "art", "Sec", "sec",
        "Ch", "ch", "Fig", "Figs", "fig", "Pg", "pg", "p", "pp", "Para", "para", "Pt", "pt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "ca", "Ca", "est", "Est", "Ed", "ed", "Op", "op",
    ]

    /// Generic and common country-code top-level domains, lower case.
    static let topLevelDomains: Set<String> = [
        "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "news", "online", "io",
        "co", "tv", "me", "ly", "uk", "us", "de", "fr", "eu", "ru", "cn", "jp", "in", "au", "ca",
        "it", "es", "nl", "ch", "at", "be", "se", "no", "pl", "br", "il", "ir", "iq", "sy", "tr",
        "ae", "qa", "sa", "eg", "za", "ng", "ke", "kr", "tw", "hk", "sg", "nz", "ie", "pk",
    ]
}
