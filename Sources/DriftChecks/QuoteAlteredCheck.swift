/// Flags quoted words that differ from the same quote elsewhere: in the reference when it has
/// the quote, otherwise in the other versions (the wording most of them agree on, when at least
/// two do and none quotes it as the checked version does). Quotes are
/// verbatim, so an altered quote is critical, however close: “Peace through power!” where the
/// others quote “PEACE THROUGH STRENGTH!”.
///
/// Two quotes are the same quote when at least half their word stems agree (over the best
/// window of a longer quote); they differ when their words, case-folded, do not match one for
/// one. Quotes of fewer than three words (scare quotes, titles) are left alone.
public struct QuoteAlteredCheck: Check {
    public let id = CheckID.quoteAltered
    public let needsReference = true

    public init() {}

    /// A window of a quote in another document that matches a quote of the checked one.
    private struct Match {
        var source: Int
        /// The whole quotation of the source that holds the window.
        var quotation: Quotation
        var words: ArraySlice<Int>
        var score: Double
        /// Words equal in the same place, which settles ties between windows.
        var aligned: Int
        var exact: Bool
    }

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        let sources = (context.reference.map { [$0] } ?? []) + context.witnesses
        let witnessOffset = context.reference == nil ? 0 : 1
        let sourceQuotes = sources.map(\.quotations)
        var findings: [Finding] = []
        for quote in document.quotations where quote.words.count >= 3 {
            let matches = sources.indices.compactMap {
                best(quote, in: document, sourceQuotes[$0], of: sources[$0], source: $0)
            }
            let fromReference = matches.first { $0.source == 0 && witnessOffset == 1 }
            let deciding = fromReference.map { [$0] } ?? matches
            guard !deciding.isEmpty, !deciding.contains(where: \.exact) else { continue }
            // The wording most sources agree on.
            var groups: [[String]: [Match]] = [:]
            for match in deciding {
                groups[match.words.map { sources[match.source].features[$0].folded }, default: []].append(match)
            }
            let chosen = groups.values.max {
                ($0.count, $0[0].score, -$0[0].source) < ($1.count, $1[0].score, -$1[0].source)
            }!
            // Without the reference, one other version against this one settles nothing.
            guard fromReference != nil || chosen.count >= 2 else { continue }
            let first = chosen[0]
            let source = sources[first.source]
            // The whole quotation, from its opening mark to its closing one: the window of a
            // longer quote has the version's length, not the quote's.
            let span = first.quotation.span
            let wording = source.text[span]
            let quoted = document.text[quote.span]
            if let fromReference, fromReference.source == first.source {
                findings.append(
                    Finding(
                        check: id, category: .mistranslation, severity: .critical, span: quote.span,
                        referenceSpan: span,
                        message: "The quote “\(quoted)” differs from the reference's “\(wording)”", suggestion: wording)
                )
            } else {
                let witnesses = chosen.map { WitnessSpan(witness: $0.source - witnessOffset, span: $0.quotation.span) }
                let agree = "\(chosen.count) other versions quote"
                findings.append(
                    Finding(
                        check: id, category: .mistranslation, severity: .critical, span: quote.span,
                        witnesses: witnesses,
                        message: "The quote “\(quoted)” is not what \(agree): “\(wording)”", suggestion: wording))
            }
        }
        return findings
    }

    /// The window of a quote of `text` that best matches `quote`, if it is the same quote.
    private func best(
        _ quote: Quotation, in document: CheckedText, _ quotes: [Quotation], of text: CheckedText, source: Int
    ) -> Match? {
        let stems = quote.words.map { document.features[$0].stem }
        let folded = quote.words.map { document.features[$0].folded }
        var best: Match?
        for other in quotes where !other.words.isEmpty {
            let size = min(stems.count, other.words.count)
            for start in 0...(other.words.count - size) {
                let window = other.words[(other.words.startIndex + start)..<(other.words.startIndex + start + size)]
                let windowStems = window.map { text.features[$0].stem }
                let exact = window.map { text.features[$0].folded } == folded
                let score = Self.overlap(stems, windowStems) / Double(max(stems.count, size))
                let aligned = zip(stems, windowStems).count { $0 == $1 }
                if score >= 0.5
                    && (best == nil
                        || (exact ? 1 : 0, score, aligned) > (best!.exact ? 1 : 0, best!.score, best!.aligned))
                {
                    best = Match(
                        source: source, quotation: other, words: window, score: score, aligned: aligned, exact: exact)
                }
            }
        }
        return best
    }

    /// The size of the multiset intersection of two lists.
    private static func overlap(_ a: [String], _ b: [String]) -> Double {
        var counts: [String: Int] = [:]
        for word in b { counts[word, default: 0] += 1 }
        var shared = 0
        for word in a where counts[word, default: 0] > 0 {
            counts[word]! -= 1
            shared += 1
        }
        return Double(shared)
    }
}
