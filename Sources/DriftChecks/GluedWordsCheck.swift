/// Flags words run together, as text extraction and careless editing leave them: a sentence
/// glued to the next ("Iraq.The"), a missing space after a comma ("Iraq,the"), or two words
/// fused where a lower-case word runs into a capital ("killedIn"). Abbreviations ("U.S."),
/// web addresses ("www.military.com"), decimals and brand names ("iPhone", "YouTube") are
/// not flagged.
public struct GluedWordsCheck: Check {
    public let id = CheckID.gluedWords
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let string = context.document.text.string
        var findings: [Finding] = []
        for (pattern, what) in Self.patterns {
            for match in string.matches(of: pattern) {
                let start = string.unicodeScalars.distance(from: string.startIndex, to: match.range.lowerBound)
                let end = string.unicodeScalars.distance(from: string.startIndex, to: match.range.upperBound)
                let text = String(match.output)
                guard !text.lowercased().hasPrefix("www") else { continue }
                findings.append(
                    Finding(
                        check: id, category: .spelling, severity: .minor, span: start..<end,
                        message: "“\(text)”: \(what)", suggestion: Self.separated(text)))
            }
        }
        return findings
    }

    /// The text with a space after its punctuation, or before its inner capital.
    private static func separated(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            if let previous,
                (previous.isPunctuation && character.isLetter) || (previous.isLowercase && character.isUppercase)
            {
                result.append(" ")
            }
            result.append(character)
            previous = character
        }
        return result
    }

    nonisolated(unsafe) private static let patterns: [(Regex<Substring>, String)] = [
        (/\b\p{L}\p{Ll}+[.!?;:]\p{Lu}\p{Ll}+/, "no space after the end of a sentence"),
        (/\b\p{Ll}{2,},\p{Ll}{2,}/, "no space after a comma"),
        (/\b\p{Ll}{4,}\p{Lu}\p{Ll}+/, "two words run together"),
    ]
}
