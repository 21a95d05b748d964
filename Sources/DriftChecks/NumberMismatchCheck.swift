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
                    Quantity.kind(of: $0.value) == Quantity.kind(of: new.value)
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

    /// The quantities among some tokens, in order, with their values (`Quantity`).
    private static func numbers(_ tokens: [Int], in text: CheckedText) -> [(token: Int, value: String)] {
        Quantity.values(in: tokens.map { text.features[$0] }).map { (tokens[$0.position], $0.value) }
    }
}
