extension Lexicon {
    /// Spanish: negation, modality, numbers, days and months, quotation marks («…»), idioms
    /// ("poco a poco", "día tras día") and the directions of change.
    public static let spanish = Lexicon(
        language: "es",
        functionWords: [
            "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "e", "o", "u", "pero", "de", "del", "a", "al",
            "en", "por", "para", "con", "sin", "sobre", "entre", "hasta", "desde", "tras", "según", "que", "quien",
            "cual", "cuyo", "donde", "como", "cuando", "su", "sus", "mi", "mis", "tu", "tus", "nuestro", "se", "lo",
            "le", "les", "me", "te", "nos", "yo", "él", "ella", "ellos", "ellas", "nosotros", "usted", "es", "son",
            "fue", "era", "está", "están", "ha", "han", "había", "ser", "estar", "haber", "muy", "también",
            // Words that report speech, as English counts "said".
            "dijo", "declaró", "afirmó",
        ],
        negations: ["no", "nunca", "jamás", "ningún", "ninguno", "ninguna", "nada", "nadie", "ni", "tampoco", "sin"],
        modality: [
            "podría": "possibility", "podrían": "possibility", "quizás": "possibility", "quizá": "possibility",
            "posiblemente": "possibility", "probablemente": "expectation", "debería": "expectation",
            "previsto": "expectation", "prevista": "expectation", "sería": "condition", "serían": "condition",
            "habría": "condition", "presuntamente": "report", "supuestamente": "report", "aparentemente": "report",
            "presunto": "report", "presunta": "report",
        ],
        reportingWords: [
            "dijo", "afirmó", "declaró", "anunció", "explicó", "aseguró", "señaló", "indicó", "añadió", "según",
        ],
        futureAuxiliaries: ["va", "van", "será", "serán", "habrá"],
        idiomLinks: ["y", "a", "por", "tras"],
        cardinals: [
            "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
            "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
            "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
            "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "mil": 1000,
        ],
        ordinals: ["primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3, "cuarto": 4],
        multipliers: ["mil": 3, "millón": 6, "millones": 6, "billón": 12, "billones": 12],
        percentWords: ["porciento"],
        weakNumbers: ["uno"],
        weekdays: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
        dateLinks: ["en", "de", "desde", "hasta", "principios", "finales", "mediados"],
        decimalSeparator: ",",
        quotationMarks: ["«»", "“”", "\"\""],
        directions: [
            "aument": "rise+", "subi": "rise+", "subió": "rise+", "crec": "rise+", "baj": "rise-", "descend": "rise-",
            "cay": "rise-", "disminu": "rise-", "gan": "win+", "perd": "win-", "perdi": "win-", "abr": "open+",
            "abiert": "open+", "cerr": "open-", "acept": "yes+", "aprob": "yes+", "rechaz": "yes-", "antes": "before+",
            "después": "before-", "permit": "allow+", "prohib": "allow-", "más$": "more+", "menos$": "more-",
        ]
    )
}
