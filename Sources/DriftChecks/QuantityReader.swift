public import DriftAlign
public import DriftText

/// Reads the quantities of a run of tokens: digits with decimal and thousands separators
/// ("4.2", "4,200,000", German "2,5" and "4.200.000"), digits with a suffix ("4.2m", "3rd",
/// "1990s"), number words ("two thousand", "twenty-one", "third"), a multiplier after a number
/// ("4.2 million", "3 Milliarden"), a percentage ("50%", "50 per cent"), days of the week and
/// months (in English only with a capital: "may" is a verb), in the words of the document's
/// language (`Lexicon`), and numerals composed of characters (Chinese 十三, 三人, 百分之五). "one"
/// counts only before a multiplier ("one of the leaders" holds no number). Words are looked up
/// as written, lower case, then folded: "miércoles" and "März" as the lexicon spells them.
///
/// A separator is the decimal mark when the digit grouping says so: "2,5" and "4.25" have a
/// decimal mark, "4,200,000" and "4.200.000" thousands separators, and in "1.234,5" the last
/// mark is the decimal one. Only a single mark before exactly three digits ("2,500", "2.500")
/// is ambiguous; then `decimalSeparator`, the document language's, decides.
public struct QuantityReader: Sendable {
    /// The decimal mark of the document's language: "." in English, "," in German or French.
    public var decimalSeparator: Character
    /// The document language's number words, days and months.
    private let weekdays: [String]
    /// Months ("may" and "march" count only with a capital in English).
    private let months: [String]
    /// Declined forms of the days and months, with their numbers.
    private let weekdayForms: [String: Int]
    private let monthForms: [String: Int]
    private let timeWords: Set<String>
    /// Number words that news text writes ("one" only before a multiplier, see `quantities`).
    private let numberWords: [String: Int]
    private let weakNumbers: Set<String>
    /// The numerals of a language that writes them character by character, with its
    /// multipliers, measure words and percentage prefixes; nil for the others.
    private let composed: ComposedNumeralReader?
    private let tensWords: Set<String>
    private let unitWords: [String: Int]
    private let ordinalWords: [String: Int]
    /// Whether a month counts only with a capital (English, where "may" is a verb).
    private let monthsNeedCapital: Bool

    /// Creates a reader of a language's numbers, days and months, with its decimal mark
    /// unless another is given.
    public init(lexicon: Lexicon = .english, decimalSeparator: Character? = nil) {
        self.decimalSeparator = decimalSeparator ?? lexicon.decimalSeparator
        weekdays = lexicon.weekdays
        months = lexicon.months
        weekdayForms = lexicon.weekdayForms
        monthForms = lexicon.monthForms
        timeWords = lexicon.dateLinks
        numberWords = lexicon.cardinals
        weakNumbers = lexicon.weakNumbers
        composed = lexicon.composesNumerals ? ComposedNumeralReader(lexicon: lexicon) : nil
        tensWords = lexicon.tens
        unitWords = lexicon.units
        ordinalWords = lexicon.ordinals
        monthsNeedCapital = lexicon.language == "en"
    }

    /// The quantities among `tokens` (any kinds; punctuation and symbols are read for "%" and
    /// currency signs), in order.
    public func quantities(in tokens: [TokenFeatures]) -> [Quantity] {
        var result: [Quantity] = []
        var index = 0
        while index < tokens.count {
            guard var quantity = single(tokens, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            // "twenty-one", "twenty one".
            if quantity.kind == .number, let tens = Int(quantity.value), Word(tokens[index]).isIn(tensWords) {
                var next = end
                if next < tokens.count && tokens[next].text == "-" { next += 1 }
                if next < tokens.count, let unit = Word(tokens[next]).value(in: unitWords) {
                    quantity = Self.make(.number, integer: tens + unit)
                    end = next + 1
                }
            }
            // "4.2 million", "two thousand", "one million".
            while quantity.kind == .number, end < tokens.count,
                let power = Word(tokens[end]).value(in: Self.multipliers)
            {
                quantity.exponent += power
                end += 1
            }
            if Word(tokens[index]).isIn(weakNumbers) && end == index + 1 {
                index += 1
                continue
            }
            // "50%", "50 per cent", "50 percent", Chinese "百分之 五".
            var start = index
            if quantity.kind == .number, let composed, index > 0, composed.isPercentPrefix(tokens[index - 1].text) {
                quantity.kind = .percent
                start = index - 1
            }
            if quantity.kind == .number, end < tokens.count {
                if tokens[end].text == "%" || Word(tokens[end]).isIn(Self.percentWords) {
                    quantity.kind = .percent
                    end += 1
                } else if end + 1 < tokens.count && tokens[end].folded == "per" && tokens[end + 1].folded == "cent" {
                    quantity.kind = .percent
                    end += 2
                }
            }
            if quantity.kind == .number {
                quantity.unit = unit(tokens, before: index, after: end)
            }
            quantity.tokens = start..<end
            quantity.text = tokens[start..<end].map(\.text).joined(separator: " ").replacing(" %", with: "%").replacing(
                " - ", with: "-")
            result.append(quantity)
            index = end
        }
        return result
    }

    /// The quantity of one token, if it is one.
    private func single(_ tokens: [TokenFeatures], at index: Int) -> Quantity? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            return digits(token.text)
        case .word:
            let word = Word(token)
            if let value = word.value(in: numberWords) { return Self.make(.number, integer: value) }
            if let value = word.value(in: ordinalWords) { return Self.make(.ordinal, integer: value) }
            if let day = word.index(in: weekdays).map({ $0 + 1 }) ?? word.value(in: weekdayForms) {
                return Self.make(.day, integer: day)
            }
            if token.isCapitalized || !monthsNeedCapital,
                let month = word.index(in: months).map({ $0 + 1 }) ?? word.value(in: monthForms),
                isMonth(tokens, at: index)
            {
                return Self.make(.month, integer: month)
            }
            if let (kind, value) = composed?.read(token.text) { return Self.make(kind, integer: value) }
            return suffixed(token.text)
        case .punctuation, .symbol:
            return nil
        }
    }

    /// Whether a capitalised month name is the month: "May" and "March" are also a modal verb
    /// and a verb, so they count only beside a number or after a word of time ("May 16", "16
    /// March", "in May", "last March").
    private func isMonth(_ tokens: [TokenFeatures], at index: Int) -> Bool {
        guard tokens[index].folded == "may" || tokens[index].folded == "march" else { return true }
        let before = index > 0 ? tokens[index - 1] : nil
        let after = index + 1 < tokens.count ? tokens[index + 1] : nil
        return before?.kind == .number || after?.kind == .number || timeWords.contains(before?.folded ?? "")
    }

    /// Digits with a letter suffix: "4.2m", "3bn", "10k", "3rd", "21st", "1990s".
    private func suffixed(_ text: String) -> Quantity? {
        let lower = text.lowercased()
        guard let first = lower.first, first.isASCII && first.isNumber else { return nil }
        let numberPart = String(lower.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," })
        let suffix = String(lower.dropFirst(numberPart.count))
        guard var quantity = digits(numberPart) else { return nil }
        switch suffix {
        case "st", "nd", "rd", "th": quantity.kind = .ordinal
        case "s": break
        case "k": quantity.exponent += 3
        case "m", "mn", "mio": quantity.exponent += 6
        case "b", "bn", "mrd": quantity.exponent += 9
        default: return nil
        }
        return quantity
    }

    /// A digit string with separators as an exact value; nil when its marks do not make a
    /// number ("1.2.3" in a section number is left as it is).
    private func digits(_ text: String) -> Quantity? {
        let characters = Array(text.filter { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0.isNumber })
        guard characters.contains(where: \.isNumber) else { return nil }
        let marks = characters.indices.filter { characters[$0] == "." || characters[$0] == "," }
        var decimalAt: Int?
        if let last = marks.last {
            let kinds = Set(marks.map { characters[$0] })
            let after = characters.count - last - 1
            if kinds.count == 2 {
                decimalAt = last
            } else if marks.count == 1 && (after != 3 || characters[last] == decimalSeparator) {
                decimalAt = last
            }
            // Every thousands group has three digits.
            let groups = marks.filter { $0 != decimalAt }
            let groupEnds = groups.dropFirst().map { $0 } + [decimalAt ?? characters.count]
            for (mark, end) in zip(groups, groupEnds) where end - mark - 1 != 3 {
                return nil
            }
            if let first = groups.first, first == 0 { return nil }
        }
        let integer = characters[..<(decimalAt ?? characters.count)].filter(\.isNumber).compactMap(\.wholeNumberValue)
        let fraction = decimalAt.map { characters[($0 + 1)...].filter(\.isNumber).compactMap(\.wholeNumberValue) } ?? []
        return Self.normalized(integer + fraction, exponent: -fraction.count)
    }

    /// The value `digits` × 10^`exponent` without leading and trailing zeros.
    private static func normalized(_ digits: [Int], exponent: Int) -> Quantity {
        var digits = Array(digits.drop { $0 == 0 })
        var exponent = exponent
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { exponent = 0 }
        return Quantity(
            kind: .number, digits: digits.isEmpty ? "0" : String(digits.map { Character(String($0)) }),
            exponent: exponent,
            unit: nil, tokens: 0..<0, text: "")
    }

    private static func make(_ kind: Kind, integer: Int) -> Quantity {
        var quantity = normalized(String(integer).compactMap(\.wholeNumberValue), exponent: 0)
        quantity.kind = kind
        return quantity
    }

    typealias Kind = Quantity.Kind

    /// A currency sign just before, or a currency sign or word just after ("$5", "5 €", "5 euros").
    private func unit(_ tokens: [TokenFeatures], before start: Int, after end: Int) -> String? {
        if start > 0, tokens[start - 1].kind == .symbol { return tokens[start - 1].folded }
        if end < tokens.count, tokens[end].kind == .symbol || tokens[end].kind == .word,
            !tokens[end].isCapitalized || tokens[end].kind == .symbol
        {
            return tokens[end].folded
        }
        return nil
    }

    /// A word as a lexicon may spell it: as written, in lower case ("miércoles", "星期二"), and
    /// folded ("miercoles"), looked up in that order.
    private struct Word {
        let lower: String
        let folded: String

        init(_ token: TokenFeatures) {
            lower = token.text.lowercased()
            folded = token.folded
        }

        func value(in table: [String: Int]) -> Int? { table[lower] ?? table[folded] }
        func isIn(_ set: Set<String>) -> Bool { set.contains(lower) || set.contains(folded) }
        func index(in list: [String]) -> Int? { list.firstIndex(of: lower) ?? list.firstIndex(of: folded) }
    }

    /// Words that multiply the number before them, as powers of ten, and words for per cent,
    /// in every language drift has a lexicon of: a translation's numbers are read in its own.
    private static let multipliers = Lexicon.union(\.multipliers)
    private static let percentWords = Lexicon.union(\.percentWords)
}
