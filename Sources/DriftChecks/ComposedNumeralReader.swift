public import DriftText

/// Reads numerals written character by character in one word, as Chinese writes them: 十三 is
/// 13, 两千五百 2,500, 三万 30,000; a measure word may close the word (三人, 五年), and a
/// percentage prefix open it (百分之五, 5 %). The digits are the lexicon's single-character
/// cardinals, the powers of ten its multipliers: a power below 10^4 counts within its section
/// (千, 百, 十), and 万 or 亿 the section before it, or everything before it when it is the largest
/// so far.
public struct ComposedNumeralReader: Sendable {
    private let digits: [Character: Int]
    private let powers: [Character: Int]
    private let measureWords: Set<String>
    private let percentPrefixes: [String]
    private let weakNumbers: Set<String>

    /// Creates a reader of a lexicon's numerals.
    public init(lexicon: Lexicon) {
        var digits: [Character: Int] = [:]
        for (word, value) in lexicon.cardinals where word.count == 1 && value < 10 { digits[word.first!] = value }
        self.digits = digits
        var powers: [Character: Int] = [:]
        for (word, power) in lexicon.multipliers where word.count == 1 { powers[word.first!] = power }
        self.powers = powers
        measureWords = lexicon.measureWords
        percentPrefixes = lexicon.percentPrefixes
        weakNumbers = lexicon.weakNumbers
    }

    /// Whether a word makes the number after it a percentage (百分之).
    public func isPercentPrefix(_ word: String) -> Bool {
        percentPrefixes.contains(word)
    }

    /// The kind and value of a word that is a composed numeral, with its measure word or
    /// percentage prefix; nil for any other word, and for a weak number alone (一).
    public func read(_ word: String) -> (kind: Quantity.Kind, value: Int)? {
        var rest = Substring(word)
        var kind = Quantity.Kind.number
        if let prefix = percentPrefixes.first(where: { rest.hasPrefix($0) && rest.count > $0.count }) {
            rest = rest.dropFirst(prefix.count)
            kind = .percent
        }
        var total = 0
        var section = 0
        var digit: Int?
        var largest = 0
        var length = 0
        for character in rest {
            if let value = digits[character] {
                // Digits in a row are read as written digits: 二〇二六.
                digit = digit.map { $0 * 10 + value } ?? value
            } else if let power = powers[character] {
                let scale = Self.power(power)
                if power < 4 {
                    section += (digit ?? 1) * scale
                } else {
                    // 亿 after 三万 multiplies it (三万亿); 万 after 一亿 only its own section (一亿两千万).
                    let part = section + (digit ?? (section == 0 && total == 0 ? 1 : 0))
                    if power > largest {
                        total = (total + part) * scale
                        largest = power
                    } else {
                        total += part * scale
                    }
                    section = 0
                }
                digit = nil
            } else {
                break
            }
            length += 1
            guard total + section + (digit ?? 0) < 1_000_000_000_000_000 else { return nil }
        }
        guard length > 0 else { return nil }
        let numeral = rest.prefix(length)
        let tail = rest.dropFirst(length)
        guard tail.isEmpty || measureWords.contains(String(tail)) else { return nil }
        if kind == .number && tail.isEmpty && weakNumbers.contains(String(numeral)) { return nil }
        return (kind, total + section + (digit ?? 0))
    }

    private static func power(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * 10 }
    }
}
