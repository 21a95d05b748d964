extension Lexicon {
    /// Italian: negation, modality, numbers ("4,2 milioni"), days and months, quotation marks
    /// («…») and the directions of change.
    public static let italian = Lexicon(
        language: "it",
        functionWords: [
            "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "e", "ed", "o", "ma", "di", "del",
            "dello", "della", "dei", "degli", "delle", "d'", "a", "al", "allo", "alla", "ai", "agli", "alle", "da",
            "dal", "dalla", "dai", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "con", "su", "sul", "sulla",
            "per", "tra", "fra", "che", "chi", "cui", "quale", "come", "quando", "dove", "se", "si", "ci", "mi", "ti",
            "vi", "ne", "lui", "lei", "loro", "io", "tu", "noi", "voi", "suo", "sua", "suoi", "sue", "mio", "mia",
            "questo", "questa", "quello", "quella", "è", "sono", "era", "erano", "stato", "stata", "ha", "hanno",
            "aveva", "essere", "avere", "anche", "molto",
            // Words that report speech, as English counts "said".
            "detto", "dichiarato", "secondo",
        ],
        negations: [
            "non", "mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "senza", "neanche", "nemmeno",
        ],
        modality: [
            "potrebbe": "possibility", "potrebbero": "possibility", "forse": "possibility",
            "eventualmente": "possibility", "probabilmente": "expectation", "dovrebbe": "expectation",
            "dovrebbero": "expectation", "previsto": "expectation", "prevista": "expectation", "sarebbe": "condition",
            "sarebbero": "condition", "avrebbe": "condition", "avrebbero": "condition", "presunto": "report",
            "presunta": "report", "apparentemente": "report", "sembra": "report",
        ],
        reportingWords: [
            "detto", "dichiarato", "affermato", "annunciato", "spiegato", "aggiunto", "sottolineato", "secondo",
        ],
        futureAuxiliaries: ["sarà", "saranno", "avrà", "avranno"],
        idiomLinks: ["e", "a", "per", "dopo"],
        cardinals: [
            "zero": 0, "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
            "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
            "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "trenta": 30,
            "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
            "cento": 100, "mille": 1000,
        ],
        ordinals: [
            "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4, "quarta": 4,
            "quinto": 5, "quinta": 5, "decimo": 10,
        ],
        multipliers: ["mila": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9],
        percentWords: ["percento"],
        weakNumbers: ["uno"],
        weekdays: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        months: [
            "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre",
        ],
        dateLinks: ["a", "di", "da", "fino", "inizio", "fine", "metà"],
        decimalSeparator: ",",
        quotationMarks: ["«»", "“”", "\"\""],
        directions: [
            "aument": "rise+", "cresc": "rise+", "crebb": "rise+", "salit": "rise+", "rialz": "rise+",
            "dimin": "rise-", "calat": "rise-", "calo$": "rise-", "scend": "rise-", "scesi": "rise-", "sces": "rise-",
            "ribass": "rise-", "vint": "win+", "vinc": "win+", "vins": "win+", "perso$": "win-", "perd": "win-",
            "pers$": "win-", "apert": "open+", "apre": "open+", "aprì": "open+", "chius": "open-", "chiud": "open-",
            "accett": "yes+", "approv": "yes+", "rifiut": "yes-", "respint": "yes-", "prima$": "before+",
            "dopo$": "before-", "permess": "allow+", "consent": "allow+", "vietat": "allow-", "proibit": "allow-",
            "più$": "more+", "meno$": "more-",
        ]
    )
}
