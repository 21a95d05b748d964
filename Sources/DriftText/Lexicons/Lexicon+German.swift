extension Lexicon {
    /// German: negation, modality, numbers ("4,2 Millionen"), days and months, quotation marks
    /// („…“), the words that may be doubled ("die die", "ist, ist es"), and the directions of
    /// change. Every noun has a capital, so a capital marks no name.
    public static let german = Lexicon(
        language: "de",
        functionWords: [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
            "aber", "denn", "sondern", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu",
            "zum", "zur", "für", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "gegen", "ohne", "um",
            "seit", "bis", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "sich", "uns",
            "euch", "ihn", "ihm", "ihnen", "sein", "seine", "ihre", "unser", "dass", "daß", "wenn", "weil", "als",
            "wie", "ob", "so", "auch", "noch", "schon", "sehr", "ist", "sind", "war", "waren", "hat", "haben", "hatte",
            "hatten", "wird", "werden", "wurde", "wurden", "man", "was", "wer", "wo", "hier", "da", "dort", "nur",
            // Words that report speech, as English counts "said".
            "sagte", "sagt", "erklärte", "laut", "zufolge",
        ],
        negations: [
            "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
            "niemand", "nirgends", "weder", "ohne",
        ],
        modality: [
            "könnte": "possibility", "könnten": "possibility", "vielleicht": "possibility",
            "möglicherweise": "possibility", "eventuell": "possibility", "wahrscheinlich": "expectation",
            "voraussichtlich": "expectation", "dürfte": "expectation", "dürften": "expectation",
            "erwartet": "expectation", "würde": "condition", "würden": "condition", "wäre": "condition",
            "angeblich": "report", "mutmaßlich": "report", "offenbar": "report", "soll": "report", "sollen": "report",
            "scheint": "report",
        ],
        reportingWords: [
            "sagte", "sagten", "sagt", "erklärte", "erklärten", "betonte", "teilte", "kündigte", "meinte", "berichtete",
            "laut", "zufolge",
        ],
        futureAuxiliaries: ["wird", "werden", "wirst", "werde"],
        pronouns: [
            "1 singular": ["ich", "mich", "mir"], "1 plural": ["wir", "uns"],
            "2": ["du", "dich", "dir", "ihr", "euch"],
            "3 masculine": ["er", "ihn", "ihm"], "3 plural": ["sie", "ihnen"],
        ],
        singlePersonPronouns: ["1 singular", "3 masculine"],
        subjectPronouns: ["ich", "du", "er", "sie", "es", "wir", "ihr"],
        idiomLinks: ["und", "für", "um", "nach", "zu", "an"],
        cardinals: [
            "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
            "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
            "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
            "neunzig": 90, "hundert": 100, "tausend": 1000,
        ],
        ordinals: [
            "erste": 1, "ersten": 1, "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "vierte": 4, "fünfte": 5,
        ],
        multipliers: ["tausend": 3, "million": 6, "millionen": 6, "milliarde": 9, "milliarden": 9, "mio": 6, "mrd": 9],
        percentWords: ["prozent"],
        weekdays: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
        months: [
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "dezember",
        ],
        dateLinks: ["im", "seit", "bis", "anfang", "ende", "mitte", "vom"],
        capitalizesNouns: true,
        ordinalFullStop: true,
        decimalSeparator: ",",
        quotationMarks: ["„“", "»«", "“”", "\"\""],
        repeatableWords: ["die", "der", "das", "den", "dem", "sie", "es", "ich", "ist", "war", "hat"],
        directions: [
            "stieg": "rise+", "steig": "rise+", "gestiegen": "rise+", "erhöh": "rise+", "wuchs": "rise+",
            "wächst": "rise+", "gewachsen": "rise+", "zugenommen": "rise+", "nahm zu": "rise+", "sank": "rise-",
            "sink": "rise-", "gesunken": "rise-", "fiel": "rise-", "fällt": "rise-", "gefallen": "rise-",
            "senk": "rise-", "abgenommen": "rise-", "gewann": "win+", "gewinn": "win+", "gewonnen": "win+",
            "verlor": "win-", "verlier": "win-", "verloren": "win-", "öffn": "open+", "geöffnet": "open+",
            "schließ": "open-", "schloss": "open-", "geschlossen": "open-", "vor": "before+", "nach": "before-",
            "erlaub": "allow+", "verbot": "allow-", "verbiet": "allow-", "zustimm": "yes+", "ablehn": "yes-",
            "abgelehnt": "yes-", "mehr$": "more+", "weniger$": "more-", "größer$": "size+", "kleiner$": "size-",
        ]
    )
}
