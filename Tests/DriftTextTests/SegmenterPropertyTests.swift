import DriftText
import PropertyBased
import Testing

/// Pieces that provoke every rule of the segmenter, joined at random.
private let pieces: [String] = [
    "The", "cat", "sat", "U.S.", "U.S.-led", "Mr.", "Jan.", "5", "3.5", "e.g.", ".", "!", "?", "…", "...",
    " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{2029}", "“", "”", "\"", "'", "(", ")", "-", "–",
    "forces.The", "www.military.comUS", "😀", "Émile", "ß", "a", "posted", ".NET", "\u{200B}",
]

@Suite struct SegmenterPropertyTests {
    /// Sentences are in order, do not overlap, start and end on non-white space, and the text
    /// outside them is white space only: sentences plus the gaps give back the text.
    @Test func sentencesTileTheText() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 300, input: Gen<String?>.element(of: pieces).array(of: 0...40)) { parts in
            let text = Text(parts.compactMap { $0 }.joined())
            let sentences = segmenter.sentences(in: text)
            var position = 0
            var rebuilt = String.UnicodeScalarView()
            for sentence in sentences {
                #expect(sentence.range.lowerBound >= position)
                #expect(!sentence.range.isEmpty)
                let gap = text.scalars[position..<sentence.range.lowerBound]
                #expect(gap.allSatisfy { $0.properties.isWhitespace })
                #expect(!text.scalars[sentence.range.lowerBound].properties.isWhitespace)
                #expect(!text.scalars[sentence.range.upperBound - 1].properties.isWhitespace)
                rebuilt.append(contentsOf: gap)
                rebuilt.append(contentsOf: text.scalars[sentence.range])
                position = sentence.range.upperBound
            }
            #expect(text.scalars[position...].allSatisfy { $0.properties.isWhitespace })
            rebuilt.append(contentsOf: text.scalars[position...])
            #expect(String(rebuilt) == text.string)
        }
    }

    /// A line break never lies inside a sentence.
    @Test func lineBreaksEndSentences() async throws {
        let segmenter = try Segmenter()
        await propertyCheck(count: 200, input: Gen<String?>.element(of: pieces).array(of: 0...40)) { parts in
            let text = Text(parts.compactMap { $0 }.joined())
            for sentence in segmenter.sentences(in: text) {
                #expect(!text.scalars[sentence.range].contains { "\n\r\u{2028}\u{2029}".unicodeScalars.contains($0) })
            }
        }
    }
}
