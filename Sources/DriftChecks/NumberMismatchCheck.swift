/// Flags a number of the reference sentence replaced by another in the aligned version
/// sentence: "by September 2025" → "by September 2026", "on Friday" → "on Thursday", "in March"
/// → "in May" (days and months are compared with their own kind). The two must stand by the same word
/// ("September", "troops"), so that a number dropped from one clause and another added to
/// the next ("two officials" … "20 years") are not taken for one replaced. A number dropped or
/// added alone is an omission or addition, not flagged here; numbers written as words
/// ("three", "3") match.
public struct NumberMismatchCheck: Check {
    public let id = CheckID.numberMismatch
    public let needsReference = true

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let reference = context.reference else { return [] }
        let document = context.document
        var findings: [Finding] = []
        for linked in LinkedWords.all(in: context) {
            let (versionWords, referenceWords) = (linked.version, linked.reference)
            let versionNumbers = Self.numbers(versionWords, in: document)
            let referenceNumbers = Self.numbers(referenceWords, in: reference)
            let referenceValues = Set(referenceNumbers.map(\.value))
            let versionValues = Set(versionNumbers.map(\.value))
            var dropped = referenceNumbers.filter { !versionValues.contains($0.value) }
            let added = versionNumbers.filter { !referenceValues.contains($0.value) }
            for new in added {
                let context = Self.neighbours(of: new.token, in: versionWords, document)
                guard let match = dropped.firstIndex(where: {
                    Self.kind($0.value) == Self.kind(new.value)
                        && !context.isDisjoint(with: Self.neighbours(of: $0.token, in: referenceWords, reference))
                }) else { continue }
                let old = dropped.remove(at: match)
                findings.append(Finding(
                    check: id, category: .mistranslation, severity: .major,
                    span: document.segmented.tokens[new.token].range, referenceSpan: reference.segmented.tokens[old.token].range,
                    message: "“\(document.features[new.token].text)” where the reference has “\(reference.features[old.token].text)”",
                    suggestion: reference.features[old.token].text))
            }
        }
        return findings
    }

    /// The stems of the words just before and after a token among `words`.
    private static func neighbours(of token: Int, in words: [Int], _ text: CheckedText) -> Set<String> {
        guard let position = words.firstIndex(of: token) else { return [] }
        return Set([position - 1, position + 1].filter { words.indices.contains($0) }.compactMap { index in
            let features = text.features[words[index]]
            return features.kind == .word ? features.stem : nil
        })
    }

    /// The numbers among some tokens, in order, with their values as digit strings; a number
    /// followed by "hundred", "thousand", "million" or "billion" is one number ("two thousand"
    /// is 2000, as "2,000" is).
    private static func numbers(_ tokens: [Int], in text: CheckedText) -> [(token: Int, value: String)] {
        var result: [(token: Int, value: String)] = []
        var index = 0
        while index < tokens.count {
            let features = text.features[tokens[index]]
            var value = features.kind == .number ? features.folded.filter { $0 != "," } : numberWords[features.folded]
            if value == nil, let day = weekdays.firstIndex(of: features.folded) { value = "day \(day + 1)" }
            if value == nil, features.isCapitalized, let month = months.firstIndex(of: features.folded) { value = "month \(month + 1)" }
            if let digits = value, index + 1 < tokens.count, let factor = multipliers[text.features[tokens[index + 1]].folded],
               let number = Double(digits) {
                value = String(Int((number * factor).rounded()))
                result.append((tokens[index], value!))
                index += 2
                continue
            }
            if let value { result.append((tokens[index], value)) }
            index += 1
        }
        return result
    }

    /// Whether a value is a number, a day or a month.
    private static func kind(_ value: String) -> Substring {
        value.split(separator: " ").count == 2 ? value.split(separator: " ")[0] : "number"
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Months ("may" and "march" only with a capital, as the caller checks).
    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Words that multiply the number before them.
    private static let multipliers: [String: Double] = ["hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9]

    /// Numbers that news text writes as words ("one" is left out: "one of the leaders").
    private static let numberWords: [String: String] = [
        "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
        "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
        "hundred": "100", "thousand": "1000",
    ]
}
