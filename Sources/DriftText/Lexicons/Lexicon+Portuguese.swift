extension Lexicon {
    /// Portuguese (European and Brazilian): negation, modality, numbers ("4,2 milhões"), days
    /// ("segunda-feira" reads as "segunda"), months, quotation marks («…», “…”) and the directions
    /// of change.
    public static let portuguese = Lexicon(
        language: "pt",
        functionWords: [
            "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "de", "do", "da", "dos", "das", "em",
            "no", "na", "nos", "nas", "ao", "à", "aos", "às", "por", "pelo", "pela", "pelos", "pelas", "para", "com",
            "sobre", "entre", "até", "desde", "que", "quem", "qual", "cujo", "onde", "como", "quando", "se", "lhe",
            "lhes", "me", "te", "ele", "ela", "eles", "elas", "eu", "tu", "você", "nós", "vocês", "seu", "sua",
            "seus", "suas", "meu", "minha", "este", "esta", "esse", "essa", "isso", "isto", "aquele", "é", "são",
            "era", "foi", "foram", "está", "estão", "estava", "tem", "têm", "tinha", "ser", "estar", "ter", "há",
            "também", "muito",
            // Words that report speech, as English counts "said".
            "disse", "declarou", "segundo",
        ],
        negations: ["não", "nunca", "jamais", "nenhum", "nenhuma", "nada", "ninguém", "nem", "sem", "tampouco"],
        modality: [
            "poderia": "possibility", "poderiam": "possibility", "pode": "possibility", "talvez": "possibility",
            "possivelmente": "possibility", "provavelmente": "expectation", "deveria": "expectation",
            "deve": "expectation", "previsto": "expectation", "prevista": "expectation", "seria": "condition",
            "seriam": "condition", "teria": "condition", "teriam": "condition", "suposto": "report",
            "suposta": "report", "supostamente": "report", "alegadamente": "report", "aparentemente": "report",
        ],
        reportingWords: ["disse", "afirmou", "declarou", "anunciou", "explicou", "acrescentou", "segundo"],
        futureAuxiliaries: ["vai", "vão", "será", "serão", "terá", "terão"],
        idiomLinks: ["e", "a", "por", "após"],
        cardinals: [
            "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
            "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
            "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "vinte": 20, "trinta": 30,
            "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
            "mil": 1000,
        ],
        ordinals: ["primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3, "décimo": 10],
        multipliers: ["mil": 3, "milhão": 6, "milhões": 6, "bilhão": 9, "bilhões": 9],
        percentWords: ["porcento"],
        weakNumbers: ["um", "uma"],
        weekdays: ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
        months: [
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro",
        ],
        dateLinks: ["em", "de", "desde", "até", "início", "fim", "meados"],
        decimalSeparator: ",",
        quotationMarks: ["«»", "“”", "\"\""],
        directions: [
            "aument": "rise+", "subi": "rise+", "sobe": "rise+", "cresc": "rise+", "caiu": "rise-", "caíram": "rise-",
            "cai$": "rise-", "diminu": "rise-", "baix": "rise-", "recu": "rise-", "ganh": "win+", "venc": "win+",
            "perd": "win-", "abert": "open+", "abriu": "open+", "abre": "open+", "fech": "open-", "aceit": "yes+",
            "aprov": "yes+", "rejeit": "yes-", "recus": "yes-", "antes$": "before+", "depois$": "before-",
            "permit": "allow+", "proib": "allow-", "mais$": "more+", "menos$": "more-",
        ]
    )
}
