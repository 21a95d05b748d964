/// Flags a glossary term written otherwise than the glossary requires: with the entry
/// `ISIS<TAB>Islamic State`, every "ISIS" that is not part of "Islamic State" itself.
public struct GlossaryCheck: Check {
    public let id = CheckID.glossary
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let glossary = context.glossary else { return [] }
        let document = context.document
        let tokens = document.segmented.tokens
        let words = tokens.indices.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        let folded = words.map { Glossary.words(document.features[$0].text).joined(separator: " ") }
        var findings: [Finding] = []
        for entry in glossary.entries where entry.termWords != entry.renderingWords && !entry.termWords.isEmpty {
            let renderings = Self.occurrences(of: entry.renderingWords, in: folded)
            for start in Self.occurrences(of: entry.termWords, in: folded) {
                let end = start + entry.termWords.count
                guard !renderings.contains(where: { $0 <= start && end <= $0 + entry.renderingWords.count }) else {
                    continue
                }
                let span = tokens[words[start]].range.lowerBound..<tokens[words[end - 1]].range.upperBound
                let why = entry.note.map { " (glossary line \(entry.line): \($0))" } ?? " (glossary line \(entry.line))"
                findings.append(
                    Finding(
                        check: id, category: .terminology, severity: .major, span: span,
                        message: "“\(document.text[span])” should be rendered “\(entry.rendering)”" + why,
                        suggestion: entry.rendering))
            }
        }
        return findings
    }

    /// Where a run of words starts in a list of words.
    private static func occurrences(of phrase: [String], in words: [String]) -> [Int] {
        guard !phrase.isEmpty, phrase.count <= words.count else { return [] }
        return (0...(words.count - phrase.count)).filter { words[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }
}
