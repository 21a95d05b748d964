public import DriftAlign
import DriftText

/// Flags a run of words that repeats back to back, the loop of a broken neural translation:
/// one word three times or more ("no no no"), or two to six words twice or more ("the coalition
/// of the coalition of"), both major; and, minor, a word that comes back one word later
/// ("coalition of coalitions", "he said authorities said"), unless an idiom links the two
/// ("day by day", "face to face", "more and more").
public struct RepetitionLoopCheck: Check {
    public let id = CheckID.repetitionLoop
    public let needsReference = false

    /// The words that join a word to itself in idioms, in every language drift has a lexicon
    /// of: "day by day", "face to face", "näher und näher", "peu à peu".
    private static let idiomLinks = Lexicon.union(\.idiomLinks)

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        var findings: [Finding] = []
        for sentence in document.segmented.sentenceTokens {
            for range in Self.clauses(of: sentence, document) {
                findings += loops(in: range, document)
            }
        }
        return findings
    }

    /// The runs of a sentence's tokens between punctuation marks: a repetition across a comma
    /// or a dash ("it is everywhere, it is everywhere") is rhetoric, not a loop.
    private static func clauses(of sentence: Range<Int>, _ document: CheckedText) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        for token in sentence where document.features[token].kind == .punctuation {
            if start < token { clauses.append(start..<token) }
            start = token + 1
        }
        if start < sentence.upperBound { clauses.append(start..<sentence.upperBound) }
        return clauses
    }

    /// The loops and echoes of one clause.
    private func loops(in range: Range<Int>, _ document: CheckedText) -> [Finding] {
        var findings: [Finding] = []
        let words = range.filter { document.features[$0].kind == .word || document.features[$0].kind == .number }
        let folded = words.map { document.features[$0].folded }
        let tokens = document.segmented.tokens
        var start = 0
        while start < words.count {
            guard let (length, repeats) = loop(in: folded, at: start) else {
                if let finding = echo(at: start, words, document) { findings.append(finding) }
                start += 1
                continue
            }
            let end = start + length * repeats
            let span = tokens[words[start]].range.lowerBound..<tokens[words[end - 1]].range.upperBound
            let unit = (start..<(start + length)).map { document.features[words[$0]].text }.joined(separator: " ")
            findings.append(
                Finding(
                    check: id, category: .grammar, severity: .major, span: span,
                    message: "“\(unit)” repeats \(repeats) times in a row", suggestion: unit))
            start = end
        }
        return findings
    }

    /// A lower-case word at `start` that comes back, as the same word, two words on: "coalition
    /// of coalitions".
    private func echo(at start: Int, _ words: [Int], _ document: CheckedText) -> Finding? {
        guard start + 2 < words.count else { return nil }
        let (first, link, second) = (
            document.features[words[start]], document.features[words[start + 1]], document.features[words[start + 2]]
        )
        guard Self.isEcho(first, link, second) else { return nil }
        let tokens = document.segmented.tokens
        let span = tokens[words[start]].range.lowerBound..<tokens[words[start + 2]].range.upperBound
        return Finding(
            check: id, category: .grammar, severity: .minor, span: span,
            message: "“\(first.text)” comes back one word later: “\(document.text[span])”", suggestion: nil)
    }

    /// Whether three words of one clause are an echo: a lower-case word of more than three
    /// letters, then a word, then the first again or its plural ("coalition of coalitions", "said
    /// authorities said"), unless an idiom links them ("day by day"). Not two forms of an article
    /// that share a stem ("eines Tages einen"), nor parallel phrases around a capitalised word
    /// ("arme Väter, arme Söhne"). The pair judge's garble cue uses the same rule.
    public static func isEcho(_ first: TokenFeatures, _ link: TokenFeatures, _ second: TokenFeatures) -> Bool {
        let same =
            first.folded == second.folded || second.folded == first.folded + "s" || second.folded == first.folded + "es"
        return first.kind == .word && second.kind == .word && !first.isCapitalized && !link.isCapitalized && same
            && first.folded.count > 3 && !idiomLinks.contains(link.folded)
    }

    /// The shortest unit that repeats back to back from `start`, and how often.
    private func loop(in words: [String], at start: Int) -> (length: Int, repeats: Int)? {
        for length in 1...6 where start + 2 * length <= words.count {
            var repeats = 1
            while start + (repeats + 1) * length <= words.count
                && words[(start + repeats * length)..<(start + (repeats + 1) * length)]
                    == words[start..<(start + length)]
            {
                repeats += 1
            }
            if repeats >= (length == 1 ? 3 : 2) { return (length, repeats) }
        }
        return nil
    }
}
