import DriftTestSupport
import DriftText
import Testing

@Suite struct TokenizerTests {
    private func tokens(_ string: String) throws -> [(TokenKind, String)] {
        let text = Text(string)
        return try Tokenizer().tokens(in: text).map { ($0.kind, text[$0.range]) }
    }

    @Test func kindsAndText() throws {
        let result = try tokens("The U.S. paid $3.50, didn't it? 😀 2,000 troops.")
        #expect(
            result.map(\.1) == [
                "The", "U.S", ".", "paid", "$", "3.50", ",", "didn't", "it", "?", "😀", "2,000", "troops", ".",
            ])
        #expect(
            result.map(\.0) == [
                .word, .word, .punctuation, .word, .symbol, .number, .punctuation, .word, .word,
                .punctuation, .symbol, .number, .word, .punctuation,
            ])
    }

    @Test func offsetsAreScalarOffsets() throws {
        let text = Text("😀 Émile left.")
        let found = try Tokenizer().tokens(in: text)
        #expect(found.map(\.range) == [0..<1, 2..<7, 8..<12, 12..<13])
    }

    @Test func tokensOfARange() throws {
        let text = Text("First one. 😀 Second one.")
        let found = try Tokenizer().tokens(in: text, range: 13..<24)
        #expect(found.map { text[$0.range] } == ["Second", "one", "."])
        #expect(found.first?.range == 13..<19)
    }

    @Test func chineseAndDashes() throws {
        let result = try tokens("中国 — al-Sudani")
        #expect(result.map(\.0).contains(.word))
        #expect(result.contains { $0.0 == .punctuation && $0.1 == "—" })
    }

    @Test func whitespaceOnlyHasNoTokens() throws {
        #expect(try tokens(" \t\n\u{A0}").isEmpty)
    }

    /// ICU joins U+202F NARROW NO-BREAK SPACE to letters and digits (it is ExtendNumLet):
    /// French spacing around « » and before ! ? ; : must not become part of the words. (Found
    /// by FuzzTokenizer: a token that started with white space.)
    @Test(arguments: [
        ("\u{AB}\u{202F}Bonjour\u{202F}\u{BB}", ["\u{AB}", "Bonjour", "\u{BB}"]),
        ("Vraiment\u{202F}?", ["Vraiment", "?"]),
        ("x \u{202F}2024", ["x", "2024"]),
        ("10\u{202F}000 euros", ["10\u{202F}000", "euros"]),
        ("\u{202F}\u{202F}", []),
    ])
    func narrowNoBreakSpaceIsNotPartOfAWord(_ input: String, _ expected: [String]) throws {
        let text = Text(input)
        let found = try Tokenizer().tokens(in: text)
        #expect(found.map { text[$0.range] } == expected)
        #expect(
            found.allSatisfy {
                !text.scalars[$0.range.lowerBound].properties.isWhitespace
                    && !text.scalars[$0.range.upperBound - 1].properties.isWhitespace
            })
    }

    /// The input FuzzTokenizer found (Fixtures/fuzz/FuzzTokenizer: UTF-16 with a byte-order
    /// mark, decoded lossily, as the target reads it).
    @Test func fuzzFinding() throws {
        let bytes = try Fixtures.bytes(Fixtures.path("fuzz/FuzzTokenizer/narrow-no-break-space"))
        let text = Text(try TextDecoder.decode(bytes, lossy: true))
        for token in try Tokenizer().tokens(in: text) {
            #expect(!text.scalars[token.range.lowerBound].properties.isWhitespace)
        }
    }
}
