import DriftText
import PropertyBased
import Testing

@Suite struct TextTests {
    @Test func offsetMapsAroundAstralScalars() {
        let text = Text("a😀b𝐁c")
        #expect(text.count == 5)
        #expect(text.utf16.count == 7)
        #expect((0...5).map(text.utf16Offset(ofScalar:)) == [0, 1, 3, 4, 6, 7])
        #expect((0...7).map(text.scalarOffset(ofUTF16:)) == [0, 1, 1, 2, 3, 3, 4, 5])
        #expect(text[1..<3] == "😀b")
        #expect(Array(text.utf16Units(of: 3..<4)) == Array("𝐁".utf16))
    }

    @Test func emptyText() {
        let text = Text("")
        #expect(text.count == 0)
        #expect(text.utf16Offset(ofScalar: 0) == 0)
        #expect(text.scalarOffset(ofUTF16: 0) == 0)
    }

    /// Scalar → UTF-16 → scalar is the identity for every scalar boundary.
    @Test func offsetMapsRoundTrip() async {
        let alphabet: [String] = ["a", "é", "😀", "中", "\u{10FFFF}", " ", "\n"]
        await propertyCheck(input: Gen<String?>.element(of: alphabet).array(of: 0...30)) { parts in
            let text = Text(parts.compactMap { $0 }.joined())
            for offset in 0...text.count {
                #expect(text.scalarOffset(ofUTF16: text.utf16Offset(ofScalar: offset)) == offset)
            }
            #expect(text.utf16Offset(ofScalar: text.count) == text.utf16.count)
        }
    }

    /// `line(of:)` is one more than the line feeds before the offset, for every offset
    /// (and clamps outside the text).
    @Test func lineOfCountsLineFeedsBefore() async {
        let alphabet: [String] = ["a", "😀", "\n", "\r\n", " ", "中"]
        await propertyCheck(input: Gen<String?>.element(of: alphabet).array(of: 0...30)) { parts in
            let text = Text(parts.compactMap { $0 }.joined())
            for offset in 0...text.count {
                #expect(text.line(of: offset) == 1 + text.scalars[..<offset].filter { $0 == "\n" }.count)
            }
            #expect(text.line(of: -1) == 1)
            #expect(text.line(of: text.count + 5) == 1 + text.scalars.filter { $0 == "\n" }.count)
        }
    }

    /// The text of any scalar range is those scalars, wherever the range falls against the
    /// UTF-8 checkpoints, inside a grapheme ("\r\n", "e" + U+0301) or around astral scalars.
    @Test func aRangeIsItsScalars() async {
        let alphabet: [String] = ["a", "é", "e\u{301}", "😀", "中", "\r\n", " ", "\u{10FFFF}"]
        await propertyCheck(input: Gen<String?>.element(of: alphabet).array(of: 0...200), Gen.int(in: 0...1000)) {
            parts, seed in
            let text = Text(parts.compactMap { $0 }.joined())
            let lower = text.count == 0 ? 0 : seed % (text.count + 1)
            for upper in lower...text.count {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: text.scalars[lower..<upper])
                #expect(text[lower..<upper] == String(scalars))
                #expect(Array(text[lower..<upper].unicodeScalars) == Array(text.scalars[lower..<upper]))
            }
        }
    }
}
