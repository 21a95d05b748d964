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
        let scalars = string.unicodeScalars
        var findings: [Finding] = []
        // The text between spaces, where a match must lie, and whether it has a place where
        // one can start: punctuation or a lower-case letter before a letter. Only such runs
        // are searched, so that the patterns see a word or two, not the whole text.
        var runStart = scalars.startIndex
        var runOffset = 0
        var offset = 0
        var suspicious = false
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                if suspicious { search(string[runStart..<index], at: runOffset, into: &findings) }
                suspicious = false
                previous = nil
                scalars.formIndex(after: &index)
                offset += 1
                runStart = index
                runOffset = offset
                continue
            }
            if let previous, !suspicious { suspicious = Self.mayJoin(previous, scalar) }
            previous = scalar
            scalars.formIndex(after: &index)
            offset += 1
        }
        if suspicious { search(string[runStart...], at: runOffset, into: &findings) }
        return findings
    }

    /// The findings of the patterns in `run`, which starts at scalar `start` of the text.
    private func search(_ run: Substring, at start: Int, into findings: inout [Finding]) {
        let run = String(run)
        for (pattern, what) in Self.patterns {
            for match in run.matches(of: pattern) {
                let text = String(match.output)
                guard !text.lowercased().hasPrefix("www") else { continue }
                let lower = start + run.unicodeScalars.distance(from: run.startIndex, to: match.range.lowerBound)
                let upper = lower + text.unicodeScalars.count
                findings.append(
                    Finding(
                        check: id, category: .spelling, severity: .minor, span: lower..<upper,
                        message: "“\(text)”: \(what)", suggestion: Self.separated(text)))
            }
        }
    }

    /// Whether `scalar` separates runs: white space, which no pattern matches.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// Whether a pattern can match across `a` followed by `b`: sentence punctuation before a
    /// capital, a comma before a small letter, a small letter before a capital.
    private static func mayJoin(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if ".!?;:".unicodeScalars.contains(a) { return isUppercase(b) }
        if a == "," { return isLowercase(b) }
        return isLowercase(a) && isUppercase(b)
    }

    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
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
