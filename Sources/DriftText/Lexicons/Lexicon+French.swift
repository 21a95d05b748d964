extension Lexicon {
    /// French: so far the words that read numbers and idioms ("3 milliards", "peu à peu").
    public static let french = Lexicon(
        language: "fr",
        idiomLinks: ["et", "à", "par", "après"],
        multipliers: ["mille": 3, "milliard": 9, "milliards": 9],
        percentWords: ["pourcent"]
    )
}
