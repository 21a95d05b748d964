/// Cuts a side of a link into `TextPiece`s where word changes, web residue and findings
/// begin and end.
struct Highlighter {
    /// A span of the text and what it is.
    struct Mark {
        /// How words changed, named as the page's CSS classes name them.
        enum Change: String {
            case deleted
            case inserted
            /// Replaced words, on the reference's side and on the version's.
            case substitutedReference = "substituted-reference"
            case substitutedVersion = "substituted-version"
            /// Quotes, apostrophes or dashes of another style (“ for "): shown only on request.
            case typographic
        }

        enum Kind {
            case change(Change)
            case boilerplate(String)
            case finding(FindingMark)
        }

        let range: Range<Int>
        let kind: Kind
    }

    let scalars: [Unicode.Scalar]

    /// The pieces of `range`, each with the marks that cover it; adjacent pieces with the same
    /// marks are one. A finding's first piece anywhere on the page gets its anchor: `anchored`
    /// holds the findings that have one.
    func pieces(_ range: Range<Int>, marks: [Mark], anchored: inout Set<String>) -> [TextPiece] {
        let marks = marks.filter { $0.range.overlaps(range) }
        var bounds = Set([range.lowerBound, range.upperBound])
        for mark in marks {
            bounds.insert(min(max(mark.range.lowerBound, range.lowerBound), range.upperBound))
            bounds.insert(min(max(mark.range.upperBound, range.lowerBound), range.upperBound))
        }
        let cuts = bounds.sorted()
        var pieces: [TextPiece] = []
        for (start, end) in zip(cuts, cuts.dropFirst()) where start < end {
            var change: Mark.Change?
            var boilerplate: String?
            var finding: FindingMark?
            var findingLength = Int.max
            for mark in marks where mark.range.lowerBound <= start && end <= mark.range.upperBound {
                switch mark.kind {
                case .change(let kind): change = change ?? kind
                case .boilerplate(let reason): boilerplate = boilerplate ?? reason
                case .finding(let candidate):
                    // The narrowest finding shows, so a word's finding inside a sentence's stays visible.
                    let length = mark.range.count
                    if length < findingLength || (length == findingLength && candidate.rank > finding?.rank ?? -1) {
                        finding = candidate
                        findingLength = length
                    }
                }
            }
            if let mark = finding, anchored.insert(mark.target).inserted {
                finding = FindingMark(
                    target: mark.target, number: mark.number, anchor: "m\(mark.number)", severity: mark.severity,
                    tooltip: mark.tooltip, rank: mark.rank)
            }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            if let last = pieces.last, last.change == change?.rawValue, last.boilerplate == boilerplate,
                last.finding?.target == finding?.target
            {
                pieces[pieces.count - 1] = TextPiece(
                    last.text + text, change: change, boilerplate: boilerplate, finding: last.finding)
            } else {
                pieces.append(TextPiece(text, change: change, boilerplate: boilerplate, finding: finding))
            }
        }
        return pieces
    }
}
