import DriftText
import Testing

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("北京", 4), ("ＡＢ", 4), ("한국", 4), ("e\u{301}", 1), ("a\u{200D}b", 2), ("Ω→", 2), ("", 0),
        ("天気は晴れ。", 12),
    ])
    func columnsOfText(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E2D)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x41)!) == 1)
    }
}
