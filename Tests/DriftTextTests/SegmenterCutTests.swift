import DriftText
import Testing

/// Runs longer than `maxSentenceLength` are cut into bounded pieces, marked `isCut`.
@Suite struct SegmenterCutTests {
    private func pieces(_ string: String, max: Int) throws -> (Text, [Sentence]) {
        let text = Text(string)
        return (text, try Segmenter(maxSentenceLength: max).sentences(in: text))
    }

    @Test func aRunWithoutFullStopsIsCutIntoBoundedPieces() throws {
        let words = (0..<2_000).map { "word\($0 % 37)" }.joined(separator: " ")
        let (_, sentences) = try pieces(words, max: 200)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.range.count <= 200 })
        #expect(sentences.dropLast().allSatisfy { $0.isCut })
        #expect(sentences.last?.isCut == false)
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
    }

    @Test func aCutPrefersAClauseMark() throws {
        let clause = String(repeating: "alpha beta ", count: 8) + "gamma; "
        let (text, sentences) = try pieces(String(repeating: clause, count: 20), max: 120)
        #expect(sentences.count > 1)
        for sentence in sentences.dropLast() {
            #expect(text[sentence.range].hasSuffix(";"))
        }
    }

    @Test func aSentenceWithinTheLimitIsWholeAndNotCut() throws {
        let (_, sentences) = try pieces("A short sentence. Another one.", max: 100)
        #expect(sentences.count == 2)
        #expect(sentences.allSatisfy { !$0.isCut })
    }

    @Test func aLongTokenIsCutBetweenGraphemeClusters() throws {
        // No spaces at all: combining marks, a ZWJ family and flags must stay whole.
        let cluster = "e\u{301}\u{302}\u{303}"
        let family = "👨‍👩‍👧"
        let flag = "🇫🇷"
        let (text, sentences) = try pieces(String(repeating: cluster + family + flag, count: 300), max: 50)
        #expect(sentences.count > 1)
        var rebuilt = ""
        for sentence in sentences {
            #expect(sentence.range.count <= 50)
            let piece = text[sentence.range]
            let first = piece.unicodeScalars.first!
            #expect(first.properties.generalCategory != .nonspacingMark)
            #expect(first.value != 0x200D)
            rebuilt += piece
        }
        // Joined back, the pieces are the text, and it has as many clusters as before.
        #expect(rebuilt == text.string)
        #expect(sentences.reduce(0) { $0 + text[$1.range].count } == text.string.count)
    }

    @Test func piecesTileTheText() throws {
        let string = (0..<500).map { $0 % 50 == 0 ? "stop." : "go" }.joined(separator: " ")
        let (text, sentences) = try pieces(string, max: 64)
        var position = 0
        for sentence in sentences {
            #expect(sentence.range.lowerBound >= position)
            #expect(text.scalars[position..<sentence.range.lowerBound].allSatisfy { $0.properties.isWhitespace })
            position = sentence.range.upperBound
        }
        #expect(position == text.scalars.count)
    }
}
