import DriftChecks
import DriftText
import Testing

/// Chinese numerals, composed of characters: digits, powers of ten within a section, 万 and 亿
/// over sections, measure words and the percentage prefix.
@Suite struct ComposedNumeralReaderTests {
    let reader = ComposedNumeralReader(lexicon: .chinese)

    @Test(arguments: [
        ("三", 3), ("十", 10), ("十三", 13), ("二十", 20), ("二十五", 25), ("一百", 100), ("两千五百", 2_500),
        ("三万", 30_000), ("一亿两千万", 120_000_000), ("三万亿", 3_000_000_000_000), ("二〇二六", 2_026),
        ("三人", 3), ("一人", 1), ("十五年", 15), ("十分钟", 10),
    ])
    func numerals(_ word: String, _ value: Int) throws {
        let read = try #require(reader.read(word))
        #expect(read.kind == .number)
        #expect(read.value == value)
    }

    @Test func aPercentagePrefixMakesAPercentage() throws {
        let read = try #require(reader.read("百分之五"))
        #expect(read.kind == .percent && read.value == 5)
        #expect(reader.isPercentPrefix("百分之"))
    }

    /// 一 alone is "a" as much as "one"; a numeral followed by other than a measure word is part
    /// of another word (十分 "very", 一些 "some", 统一 "unify").
    @Test(arguments: ["一", "十分", "一些", "统一", "百分之", "人", ""])
    func otherWordsAreNoNumerals(_ word: String) {
        #expect(reader.read(word) == nil)
    }
}
