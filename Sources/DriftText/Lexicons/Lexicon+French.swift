extension Lexicon {
    /// French: negation (« ne … pas »), modality, numbers, days and months, quotation marks, the
    /// words that may be doubled, and the directions of change.
    public static let french = Lexicon(
        language: "fr",
        functionWords: [
            "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "mais", "donc", "or", "ni",
            "car", "à", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez", "entre",
            "vers", "depuis", "pendant", "avant", "après", "contre", "selon", "ce", "cet", "cette", "ces", "il", "elle",
            "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "me", "m'", "te", "se", "s'", "lui", "leur",
            "leurs", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "qui",
            "que", "qu'", "quoi", "dont", "où", "est", "sont", "était", "étaient", "été", "être", "a", "ont", "avait",
            "avaient", "avoir", "fait", "y", "c'", "n'", "ne", "si", "comme", "aussi", "très",
            // Words that report speech, as English counts "said".
            "dit", "déclaré", "affirmé",
        ],
        negations: [
            "ne", "n'", "pas", "jamais", "aucun", "aucune", "rien", "personne", "nullement", "guère", "non",
            "sans", "ni",
        ],
        modality: [
            "pourrait": "possibility", "pourraient": "possibility", "peut-être": "possibility",
            "éventuellement": "possibility", "probablement": "expectation", "devrait": "expectation",
            "devraient": "expectation", "prévu": "expectation", "prévue": "expectation", "censé": "expectation",
            "serait": "condition", "seraient": "condition", "aurait": "condition", "auraient": "condition",
            "apparemment": "report", "présumé": "report", "présumée": "report", "supposé": "report",
            "aurait-il": "report",
        ],
        reportingWords: [
            "dit", "déclaré", "affirmé", "annoncé", "expliqué", "estimé", "indiqué", "précisé", "ajouté", "souligné",
            "selon",
        ],
        futureAuxiliaries: ["va", "vont", "sera", "seront", "aura", "auront"],
        pronouns: [
            "1 singular": ["je", "j'", "me", "m'", "moi"], "1 plural": ["nous"], "2": ["tu", "te", "toi", "vous"],
            "3 masculine": ["il", "lui"], "3 feminine": ["elle"], "3 plural": ["ils", "elles", "eux"],
        ],
        singlePersonPronouns: ["1 singular", "3 masculine", "3 feminine"],
        subjectPronouns: ["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"],
        idiomLinks: ["et", "à", "par", "après"],
        cardinals: [
            "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
            "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
            "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
        ],
        ordinals: [
            "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
            "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
        ],
        multipliers: ["mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9],
        percentWords: ["pourcent"],
        weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
        dateLinks: ["en", "de", "depuis", "jusqu'en", "début", "fin", "mi"],
        decimalSeparator: ",",
        quotationMarks: ["«»", "“”", "\"\""],
        repeatableWords: ["nous", "vous"],
        directions: [
            "augment": "rise+", "hauss": "rise+", "monté": "rise+", "grimp": "rise+", "progress": "rise+",
            "croiss": "rise+", "accru": "rise+", "baiss": "rise-", "diminu": "rise-", "chut": "rise-",
            "recul": "rise-", "régress": "rise-", "gagn": "win+", "remport": "win+", "perd": "win-", "perdu": "win-",
            "accept": "yes+", "approuv": "yes+", "refus": "yes-", "rejet": "yes-", "ouvr": "open+", "ouvert": "open+",
            "ferm": "open-", "avant": "before+", "après": "before-", "autoris": "allow+", "interd": "allow-",
            "davantage$": "more+", "plus$": "more+", "moins$": "more-",
        ]
    )
}
