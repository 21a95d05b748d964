extension Lexicon {
    /// Spanish: so far the words that join a word to itself in idioms ("poco a poco", "día tras día").
    public static let spanish = Lexicon(
        language: "es",
        idiomLinks: ["y", "a", "por", "tras"]
    )
}
