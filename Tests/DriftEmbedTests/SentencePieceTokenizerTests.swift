import DriftEmbed
import Testing

/// The tokenizer's rules on a small vocabulary (runs without the model).
@Suite struct SentencePieceTokenizerTests {
    static let pieces: [(String, Float)] = [
        ("<s>", 0), ("<pad>", 0), ("</s>", 0), ("<unk>", 0), ("▁", -3), ("▁the", -2), ("▁un", -4), ("believ", -5),
        ("able", -4), ("ably", -4.5), ("▁unbeliev", -12), ("a", -6), ("b", -6), ("▁a", -5), ("é", -6), ("e", -6),
        ("東", -7), ("京", -7), ("▁東京", -9), ("1", -6), ("2", -6), ("12", -8),
    ]
    let tokenizer = try! SentencePieceTokenizer(
        pieces: pieces.map(\.0), scores: pieces.map(\.1),
        normalization: ["\t": " ", "\n": " ", "Ａ": "a", "\u{200B}": " ", "\u{00AD}": "", "ﬁ": "fi"],
        specials: .init(begin: 0, end: 2, padding: 1, unknown: 3), maxTokens: 6)

    func tokens(_ text: String) -> [String] {
        tokenizer.ids(text).map { Self.pieces[Int($0)].0 }
    }

    @Test func framedByBeginAndEnd() {
        #expect(tokens("the") == ["<s>", "▁the", "</s>"])
        #expect(tokens("") == ["<s>", "▁", "</s>"])
    }

    @Test func theBestSumOfScoresWins() {
        // ▁un + believ + ably (−13.5) beats ▁unbeliev + ably (−16.5) and … + able + … .
        #expect(tokens("unbelievably") == ["<s>", "▁un", "believ", "ably", "</s>"])
        #expect(tokens("東京") == ["<s>", "▁東京", "</s>"])
        #expect(tokens("12") == ["<s>", "▁", "12", "</s>"])
    }

    @Test func spacesCollapseAndOuterSpacesStay() {
        #expect(tokenizer.pieces("the  \t\n the") == tokenizer.pieces("the the"))
        #expect(tokens(" the") == ["<s>", "▁the", "</s>"])
        #expect(tokens("the ") == ["<s>", "▁the", "▁", "</s>"])
    }

    @Test func theNormalisationTableApplies() {
        #expect(tokens("Ａ") == ["<s>", "▁a", "</s>"])
        #expect(tokens("a\u{00AD}b") == tokens("ab"))
        #expect(tokens("a\u{200B}b") == ["<s>", "▁a", "▁", "b", "</s>"])
    }

    @Test func unknownCharactersRunTogether() {
        #expect(tokens("xyz") == ["<s>", "▁", "<unk>", "</s>"])
        #expect(tokens("axyb") == ["<s>", "▁a", "<unk>", "b", "</s>"])
        #expect(tokens("a😀b") == ["<s>", "▁a", "<unk>", "b", "</s>"])
        // A combining accent the table does not compose is a character of its own.
        #expect(tokens("e\u{301}") == ["<s>", "▁", "e", "<unk>", "</s>"])
    }

    @Test func truncatedToMaxTokens() {
        #expect(tokenizer.ids("the the the the the the").count == 6)
        #expect(tokenizer.pieces("the the the the the the").count == 6)
    }

    @Test func specialsMustBePieces() {
        #expect(throws: EmbedError.self) {
            try SentencePieceTokenizer(
                pieces: ["a"], scores: [0], normalization: [:],
                specials: .init(begin: 0, end: 2, padding: 1, unknown: 3))
        }
        #expect(throws: EmbedError.self) {
            try SentencePieceTokenizer(
                pieces: ["a", "b"], scores: [0], normalization: [:],
                specials: .init(begin: 0, end: 0, padding: 0, unknown: 0))
        }
    }
}
