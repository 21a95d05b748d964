/// Flags a name of two or more words written in lower case where the reference or the document
/// itself writes it with capitals: "the coordination framework" for "the Coordination
/// Framework", "islamic state" for "Islamic State".
///
/// Names are the longest runs of capitalised words inside a sentence (its first word does not
/// count), so a title before a name ("Prime Minister Mohammed …") is not a name of its own, and
/// "the prime minister said" stays unflagged.
public struct CapitalsLostCheck: Check {
    public let id = CheckID.capitalsLost
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        var names: [[String]: String] = [:]
        for text in [context.reference, document].compactMap({ $0 }) {
            for run in Self.capitalisedRuns(in: text) {
                let key = run.map { text.features[$0].folded }
                let tokens = text.segmented.tokens
                names[key] = names[key] ?? text.text[tokens[run.first!].range.lowerBound..<tokens[run.last!].range.upperBound]
            }
        }
        guard !names.isEmpty else { return [] }
        let lengths = Set(names.keys.map(\.count)).sorted(by: >)
        var findings: [Finding] = []
        let tokens = document.segmented.tokens
        for range in document.segmented.sentenceTokens {
            let words = range.filter { document.features[$0].kind == .word }
            var position = 1
            while position < words.count {
                var found = false
                for length in lengths where position + length <= words.count {
                    let run = words[position..<(position + length)]
                    guard run.allSatisfy({ !document.features[$0].isCapitalized }), zip(run, run.dropFirst()).allSatisfy({ $1 == $0 + 1 }),
                          let name = names[run.map { document.features[$0].folded }] else { continue }
                    let span = tokens[run.first!].range.lowerBound..<tokens[run.last!].range.upperBound
                    findings.append(Finding(
                        check: id, category: .spelling, severity: .minor, span: span,
                        message: "“\(document.text[span])” is the name “\(name)”, written without its capitals", suggestion: name))
                    position += length
                    found = true
                    break
                }
                if !found { position += 1 }
            }
        }
        return findings
    }

    /// The longest runs of two or more capitalised words, next to each other, after the first
    /// word of each sentence.
    private static func capitalisedRuns(in text: CheckedText) -> [[Int]] {
        var runs: [[Int]] = []
        for range in text.segmented.sentenceTokens {
            var run: [Int] = []
            for token in range.dropFirst() {
                if text.features[token].kind == .word && text.features[token].isCapitalized && (run.isEmpty || run.last! + 1 == token) {
                    run.append(token)
                } else {
                    if run.count >= 2 { runs.append(run) }
                    run = text.features[token].kind == .word && text.features[token].isCapitalized ? [token] : []
                }
            }
            if run.count >= 2 { runs.append(run) }
        }
        return runs
    }
}
