extension Lexicon {
    /// German: so far the words that read numbers and idioms ("4,2 Millionen", "näher und näher").
    public static let german = Lexicon(
        language: "de",
        idiomLinks: ["und", "für", "um", "nach", "zu", "an"],
        multipliers: ["tausend": 3, "millionen": 6, "milliarde": 9, "milliarden": 9, "mio": 6, "mrd": 9],
        percentWords: ["prozent"],
        capitalizesNouns: true
    )
}
