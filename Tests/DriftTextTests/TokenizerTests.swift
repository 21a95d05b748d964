import DriftText
import Testing

@Suite struct TokenizerTests {
    private func tokens(_ string: String) throws -> [(TokenKind, String)] {
        let text = Text(string)
        return try Tokenizer().tokens(in: text).map { ($0.kind, text[$0.range]) }
    }

    @Test func kindsAndText() throws {
        let result = try tokens("The U.S. paid $3.50, didn't it? 😀 2,000 troops.")
        #expect(result.map(\.1) == ["The", "U.S", ".", "paid", "$", "3.50", ",", "didn't", "it", "?", "😀", "2,000", "troops", "."])
        #expect(result.map(\.0) == [.word, .word, .punctuation, .word, .symbol, .number, .punctuation, .word, .word,
                                     .punctuation, .symbol, .number, .word, .punctuation])
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
}
