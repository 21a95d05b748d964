/// Flags a name of two or more words written in lower case where the reference or the document
/// itself writes it with capitals: "the coordination framework" for "the Coordination
/// Framework", "islamic state" for "Islamic State" (minor). A name of the reference or of
/// another version turned into common words of close spelling, as machine translation does
/// with brands and platforms ("his true social platform" for "Truth Social"), is major.
///
/// Names are the longest runs of capitalised words inside a sentence (its first word does not
/// count), so a title before a name ("Prime Minister Mohammed …") is not a name of its own, and
/// "the prime minister said" stays unflagged.
import DriftAlign
import DriftText

public struct CapitalsLostCheck: Check {
    public let id = CheckID.capitalsLost
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        // Names as the reference writes them, then the document. The other versions only
        // vouch for a name turned into other words: a title one of them capitalises ("Deputy
        // Caliph") may well be lower case in the reference.
        var names: [[String]: String] = [:]
        for text in [context.reference, document].compactMap({ $0 }) {
            names.merge(text.names) { first, _ in first }
        }
        var witnessed = names
        for witness in context.witnesses {
            witnessed.merge(witness.names) { first, _ in first }
        }
        guard !witnessed.isEmpty else { return [] }
        let lengths = Set(witnessed.keys.map(\.count)).sorted(by: >)
        var findings: [Finding] = []
        let tokens = document.segmented.tokens
        for range in document.segmented.sentenceTokens {
            let words = range.filter { document.features[$0].kind == .word }
            var position = 1
            while position < words.count {
                var found = false
                for length in lengths where position + length <= words.count {
                    let run = words[position..<(position + length)]
                    guard run.allSatisfy({ !document.features[$0].isCapitalized }),
                        zip(run, run.dropFirst()).allSatisfy({ $1 == $0 + 1 })
                    else { continue }
                    let folded = run.map { document.features[$0].folded }
                    let span = tokens[run.first!].range.lowerBound..<tokens[run.last!].range.upperBound
                    if let name = names[folded] {
                        findings.append(
                            Finding(
                                check: id, category: .spelling, severity: .minor, span: span,
                                message: "“\(document.text[span])” is the name “\(name)”, written without its capitals",
                                suggestion: name))
                    } else if witnessed[folded] == nil,
                        let name = witnessed.first(where: { Self.resembles(folded, $0.key) })?.value
                    {
                        findings.append(
                            Finding(
                                check: id, category: .mistranslation, severity: .major, span: span,
                                message:
                                    "“\(document.text[span])” looks like the name “\(name)” turned into common words",
                                suggestion: name))
                    } else {
                        continue
                    }
                    position += length
                    found = true
                    break
                }
                if !found { position += 1 }
            }
        }
        return findings
    }

    /// Whether lower-case words spell a name's words closely, one for one, without being them:
    /// "true social" for "truth social". Each word has four letters or more and the same first
    /// letter.
    private static func resembles(_ words: [String], _ name: [String]) -> Bool {
        words.count == name.count && words != name
            && zip(words, name).allSatisfy { a, b in
                a == b
                    || (a.count >= 4 && b.count >= 4 && a.first == b.first
                        && WordDiffer.spellingSimilarity(a, b) >= 0.6)
            }
    }

    /// The longest runs of two or more capitalised words of four letters or more, next to each
    /// other, after the first word of each sentence. Short words leave out pronouns and
    /// particles that German capitalises ("Sie", "Ihre").
    static func capitalisedRuns(_ text: SegmentedText, _ features: [TokenFeatures]) -> [[Int]] {
        var runs: [[Int]] = []
        for range in text.sentenceTokens {
            var run: [Int] = []
            for token in range.dropFirst() {
                let isName =
                    features[token].kind == .word && features[token].isCapitalized && features[token].folded.count >= 4
                if isName && (run.isEmpty || run.last! + 1 == token) {
                    run.append(token)
                } else {
                    if run.count >= 2 { runs.append(run) }
                    run = isName ? [token] : []
                }
            }
            if run.count >= 2 { runs.append(run) }
        }
        return runs
    }
}
