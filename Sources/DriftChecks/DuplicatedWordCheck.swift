import DriftText

/// Flags a word written twice in a row ("the the", "Minister Minister"), in any document,
/// the reference included.
///
/// Doubles that grammar allows (English "had had", "that that"; German "die die", "das das")
/// and an acronym next to the word it spells ("IS is") are not flagged.
public struct DuplicatedWordCheck: Check {
    public let id = CheckID.duplicatedWord
    public let needsReference = false

    /// Words that may stand twice in a row in good text, in any language drift has a lexicon
    /// of (`Lexicon.repeatableWords`).
    static let allowedDoubles = Lexicon.union(\.repeatableWords)

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        let tokens = document.segmented.tokens
        var findings: [Finding] = []
        for range in document.segmented.sentenceTokens {
            for i in range.dropLast() {
                let (a, b) = (document.features[i], document.features[i + 1])
                guard a.kind == .word, b.kind == .word, a.folded == b.folded, !Self.allowedDoubles.contains(a.folded),
                    Self.isAcronym(a.text) == Self.isAcronym(b.text)
                else { continue }
                // Three or more in a row are a repetition loop, reported as one.
                if (i + 2 < range.upperBound && document.features[i + 2].folded == a.folded)
                    || (i > range.lowerBound && document.features[i - 1].folded == a.folded)
                {
                    continue
                }
                // Only white space between them: "so, so" is a figure of speech.
                let gap = document.text.scalars[tokens[i].range.upperBound..<tokens[i + 1].range.lowerBound]
                guard gap.allSatisfy(\.properties.isWhitespace) else { continue }
                let span = tokens[i].range.lowerBound..<tokens[i + 1].range.upperBound
                findings.append(
                    Finding(
                        check: id, category: .grammar, severity: .minor, span: span,
                        message: "“\(a.text)” is written twice", suggestion: a.text))
            }
        }
        return findings
    }

    private static func isAcronym(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }
}
