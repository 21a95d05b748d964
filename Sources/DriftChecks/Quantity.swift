public import DriftAlign

/// The quantities of a run of words, as values to compare: numbers as digit strings ("2,000",
/// "2000" and "two thousand" are all 2000; "three" is 3), days of the week and months as
/// "day N" and "month N". Used by `NumberMismatchCheck` and by the pair judge.
public enum Quantity {
    /// The quantities among `words`, in order, with their positions in `words`.
    public static func values(in words: [TokenFeatures]) -> [(position: Int, value: String)] {
        var result: [(position: Int, value: String)] = []
        var index = 0
        while index < words.count {
            let features = words[index]
            var value = features.kind == .number ? features.folded.filter { $0 != "," } : numberWords[features.folded]
            if value == nil, let day = weekdays.firstIndex(of: features.folded) { value = "day \(day + 1)" }
            if value == nil, features.isCapitalized, let month = months.firstIndex(of: features.folded) { value = "month \(month + 1)" }
            // "two thousand", "2.5 million": one number.
            if let digits = value, index + 1 < words.count, let factor = multipliers[words[index + 1].folded], let number = Double(digits) {
                result.append((index, String(Int((number * factor).rounded()))))
                index += 2
                continue
            }
            if let value { result.append((index, value)) }
            index += 1
        }
        return result
    }

    /// What a value of `values(in:)` is: "number", "day" or "month".
    public static func kind(of value: String) -> Substring {
        let parts = value.split(separator: " ")
        return parts.count == 2 ? parts[0] : "number"
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Months ("may" and "march" count only with a capital).
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
