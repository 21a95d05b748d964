import DriftEmbed
import Testing

/// The tokenizer's rules on a small vocabulary (runs without the model).
@Suite struct WordPieceTokenizerTests {
    static let pieces: [String] = [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cafe", "creme", "un", "##believ", "##ably", "##able",
        "believ", ",", ".", "!", "'", "s", "東", "京", "is", "big", "naive", "a", "##b",
    ]
    let tokenizer = try! WordPieceTokenizer(
        vocabulary: Dictionary(uniqueKeysWithValues: pieces.enumerated().map { ($1, Int32($0)) }), maxTokens: 8)

    func tokens(_ text: String) -> [String] {
        tokenizer.ids(text).map { Self.pieces[Int($0)] }
    }

    @Test func framedByClassifyAndSeparator() {
        #expect(tokens("the") == ["[CLS]", "the", "[SEP]"])
        #expect(tokens("") == ["[CLS]", "[SEP]"])
        #expect(tokens(" \t\n ") == ["[CLS]", "[SEP]"])
    }

    @Test func lowerCasesAndStripsAccents() {
        #expect(tokens("Café CRÈME naïve") == ["[CLS]", "cafe", "creme", "naive", "[SEP]"])
    }

    @Test func longestPiecesFromTheLeft() {
        #expect(tokens("unbelievably") == ["[CLS]", "un", "##believ", "##ably", "[SEP]"])
    }

    @Test func aWordWithAnImpossiblePieceIsUnknown() {
        #expect(tokens("unbelievablyx the") == ["[CLS]", "[UNK]", "the", "[SEP]"])
        #expect(tokens("😀") == ["[CLS]", "[UNK]", "[SEP]"])
    }

    @Test func aWordOfMoreThan100CharactersIsUnknown() {
        #expect(tokens("a" + String(repeating: "b", count: 100)) == ["[CLS]", "[UNK]", "[SEP]"])
        #expect(tokens("a" + String(repeating: "b", count: 4)) == ["[CLS]", "a", "##b", "##b", "##b", "##b", "[SEP]"])
    }

    @Test func punctuationIsSplitOff() {
        #expect(tokens("the, big!") == ["[CLS]", "the", ",", "big", "!", "[SEP]"])
        #expect(tokens("it's") == ["[CLS]", "[UNK]", "'", "s", "[SEP]"])
    }

    @Test func ideographsAreWordsOfTheirOwn() {
        #expect(tokens("東京is big") == ["[CLS]", "東", "京", "is", "big", "[SEP]"])
    }

    @Test func controlCharactersGo() {
        #expect(tokens("the\u{0} big\u{FFFD}") == ["[CLS]", "the", "big", "[SEP]"])
        // A format character goes without leaving a space.
        #expect(tokens("a\u{200B}b") == ["[CLS]", "a", "##b", "[SEP]"])
    }

    @Test func truncatedToMaxTokens() {
        let ids = tokenizer.ids("the the the the the the the the the the")
        #expect(ids.count == 8)
        #expect(ids.first == 2 && ids.last == 3)
    }
}
