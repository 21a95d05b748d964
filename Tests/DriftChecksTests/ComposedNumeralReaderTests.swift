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

    /// Any number below 10^12, written out as Chinese writes it (with 零 for skipped places and
    /// 万 and 亿 over groups of four digits), reads back as itself: edge cases, and 500 numbers
    /// of every size drawn by a seeded generator.
    @Test func writtenNumbersReadBack() {
        var state: UInt64 = 20_261_207
        var numbers = [0, 10, 15, 100, 101, 110, 1_005, 10_000, 10_005, 100_000_000, 100_000_001, 999_999_999_999]
        for _ in 0..<500 {
            // SplitMix64, then a size of 1 to 12 digits.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            let digits = Int(z % 12) + 1
            numbers.append(Int((z >> 8) % UInt64((0..<digits).reduce(1) { result, _ in result * 10 })))
        }
        // 一 alone is the weak number ("a", "one"), which reads as none (`otherWordsAreNoNumerals`).
        for number in numbers where number != 1 {
            let read = reader.read(Self.chinese(number))
            #expect(read?.kind == .number && read?.value == number, "\(number): \(Self.chinese(number))")
        }
    }

    /// The Chinese numeral of `number` (< 10^12): groups of four digits, each followed by its
    /// power (万, 亿), 零 where places are skipped.
    static func chinese(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard number > 0 else { return "零" }
        func group(_ value: Int) -> String {
            var text = ""
            var pendingZero = false
            for (place, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
                let digit = value / place % 10
                if digit == 0 {
                    pendingZero = !text.isEmpty
                    continue
                }
                if pendingZero { text += "零" }
                pendingZero = false
                text += String(digits[digit]) + unit
            }
            return text
        }
        var text = ""
        var needsZero = false
        for (power, unit) in [(100_000_000, "亿"), (10_000, "万"), (1, "")] {
            let value = number / power % 10_000
            if value == 0 {
                needsZero = !text.isEmpty
                continue
            }
            if needsZero || (!text.isEmpty && value < 1000) { text += "零" }
            needsZero = false
            text += group(value) + unit
        }
        return text
    }
}
