extension Lexicon {
    /// Dutch: negation, modality, numbers ("4,2 miljoen"), days and months, quotation marks
    /// („…”, “…”) and the directions of change.
    public static let dutch = Lexicon(
        language: "nl",
        functionWords: [
            "de", "het", "een", "en", "of", "maar", "want", "dus", "van", "in", "op", "aan", "met", "voor", "bij",
            "uit", "over", "onder", "naar", "om", "tot", "door", "tegen", "tussen", "zonder", "sinds", "na", "te",
            "dat", "die", "dit", "deze", "wie", "wat", "waar", "als", "toen", "omdat", "hij", "zij", "ze", "wij", "we",
            "jij", "je", "u", "ik", "hem", "haar", "hun", "hen", "ons", "mij", "me", "zich", "zijn",
            "is", "was", "waren", "wordt", "werd", "worden", "heeft", "hebben", "had", "hadden", "er", "ook", "nog",
            "al", "zeer", "heel", "erg",
            // Words that report speech, as English counts "said".
            "zei", "zegt", "volgens", "aldus",
        ],
        negations: ["niet", "geen", "nooit", "niets", "niemand", "nergens", "noch", "zonder"],
        modality: [
            "misschien": "possibility", "mogelijk": "possibility", "mogelijkerwijs": "possibility",
            "wellicht": "possibility", "waarschijnlijk": "expectation", "vermoedelijk": "expectation",
            "verwacht": "expectation", "zou": "condition", "zouden": "condition", "verluidt": "report",
            "zogenaamd": "report", "blijkbaar": "report", "kennelijk": "report", "schijnt": "report",
        ],
        reportingWords: ["zei", "zegt", "verklaarde", "meldde", "volgens", "aldus", "stelde"],
        futureAuxiliaries: ["zal", "zullen", "zult"],
        idiomLinks: ["en", "aan", "na", "voor"],
        cardinals: [
            "nul": 0, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
            "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
            "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
            "negentig": 90, "honderd": 100, "duizend": 1000,
        ],
        ordinals: [
            "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
            "negende": 9, "tiende": 10,
        ],
        multipliers: ["duizend": 3, "miljoen": 6, "miljard": 9],
        percentWords: ["procent"],
        weakNumbers: ["één"],
        weekdays: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ],
        dateLinks: ["in", "op", "sinds", "tot", "begin", "eind", "half", "medio"],
        decimalSeparator: ",",
        quotationMarks: ["„”", "“”", "\"\""],
        repeatableWords: ["die", "dat"],
        directions: [
            "gesteg": "rise+", "stijg": "rise+", "steeg": "rise+", "toegenom": "rise+", "toeneem": "rise+",
            "gedaald": "rise-", "daal": "rise-", "daalde": "rise-", "afgenom": "rise-", "afneem": "rise-",
            "gewonnen": "win+", "won$": "win+", "wint$": "win+", "verlor": "win-", "verlies": "win-", "verloor": "win-",
            "geopend": "open+", "opent": "open+", "gesloten": "open-", "sluit": "open-", "aanvaard": "yes+",
            "goedgekeurd": "yes+", "verworpen": "yes-", "afgewezen": "yes-", "toegestaan": "allow+",
            "verboden": "allow-", "meer$": "more+", "minder$": "more-",
        ]
    )
}
