import DriftAlign
import DriftText

extension Fuzz {
    /// Checks that word-diff operations cover every reference and version token once, in order,
    /// each operation starting at a token and ending at one, with the sides its kind calls for.
    public static func checkTiles(
        _ operations: [DiffOperation], reference: [Token], version: [Token], file: StaticString = #file,
        line: UInt = #line
    ) {
        var left = 0
        var right = 0
        for (index, operation) in operations.enumerated() {
            switch operation.kind {
            case .equal:
                precondition(
                    operation.reference != nil && operation.version != nil && operation.relation == .identical,
                    "equal operation \(index) malformed", file: file, line: line)
            case .substituted:
                precondition(
                    operation.reference != nil && operation.version != nil,
                    "substituted operation \(index) lacks a side", file: file, line: line)
                precondition(
                    operation.relation != nil && operation.relation != .identical,
                    "substituted operation \(index) has relation \(String(describing: operation.relation))", file: file,
                    line: line)
            case .inserted:
                precondition(
                    operation.reference == nil && operation.version != nil, "inserted operation \(index) malformed",
                    file: file, line: line)
            case .deleted:
                precondition(
                    operation.reference != nil && operation.version == nil, "deleted operation \(index) malformed",
                    file: file, line: line)
            }
            if let range = operation.reference {
                precondition(
                    left < reference.count && range.lowerBound == reference[left].range.lowerBound,
                    "operation \(index) does not start at reference token \(left)", file: file, line: line)
                while left < reference.count, reference[left].range.upperBound <= range.upperBound { left += 1 }
                precondition(
                    reference[left - 1].range.upperBound == range.upperBound,
                    "operation \(index) does not end at a reference token", file: file, line: line)
            }
            if let range = operation.version {
                precondition(
                    right < version.count && range.lowerBound == version[right].range.lowerBound,
                    "operation \(index) does not start at version token \(right)", file: file, line: line)
                while right < version.count, version[right].range.upperBound <= range.upperBound { right += 1 }
                precondition(
                    version[right - 1].range.upperBound == range.upperBound,
                    "operation \(index) does not end at a version token", file: file, line: line)
            }
        }
        precondition(
            left == reference.count, "reference tokens \(left)..<\(reference.count) not covered", file: file, line: line
        )
        precondition(
            right == version.count, "version tokens \(right)..<\(version.count) not covered", file: file, line: line)
    }

    /// Checks that the links of an alignment hold every sentence of each side exactly once, with
    /// their shapes, spans, similarities and word diffs consistent.
    public static func checkLinks(_ alignment: Alignment, file: StaticString = #file, line: UInt = #line) {
        var referenceSeen = [Int](repeating: 0, count: alignment.reference.sentences.count)
        var versionSeen = [Int](repeating: 0, count: alignment.version.sentences.count)
        for (index, link) in alignment.links.enumerated() {
            let counts = link.type.counts
            precondition(
                link.reference.count == counts.reference && link.version.count == counts.version,
                "link \(index) of type \(link.type) holds \(link.reference) \(link.version)", file: file, line: line)
            precondition(
                link.reference.lowerBound >= 0 && link.reference.upperBound <= referenceSeen.count,
                "link \(index) reference \(link.reference) out of range", file: file, line: line)
            precondition(
                link.version.lowerBound >= 0 && link.version.upperBound <= versionSeen.count,
                "link \(index) version \(link.version) out of range", file: file, line: line)
            for i in link.reference { referenceSeen[i] += 1 }
            for j in link.version { versionSeen[j] += 1 }
            precondition(
                link.referenceSpan == alignment.reference.span(ofSentences: link.reference),
                "link \(index) reference span", file: file, line: line)
            precondition(
                link.versionSpan == alignment.version.span(ofSentences: link.version), "link \(index) version span",
                file: file, line: line)
            precondition(
                (link.similarity != nil) == (counts.reference > 0 && counts.version > 0),
                "link \(index) similarity presence", file: file, line: line)
            if let similarity = link.similarity {
                // 1e-6, not 0: the Dice coefficients are summed in Float and can exceed 1 by an
                // ulp (Fixtures/fuzz/FuzzAligner/similarity-above-one).
                for value in [similarity.value, similarity.characters, similarity.words, similarity.lengthRatio] {
                    precondition(
                        value.isFinite && value >= -1e-6 && value <= 1 + 1e-6,
                        "link \(index) similarity \(similarity) out of 0…1", file: file, line: line)
                }
            }
            let referenceTokens = tokens(of: link.reference, in: alignment.reference)
            let versionTokens = tokens(of: link.version, in: alignment.version)
            checkTiles(link.diff, reference: referenceTokens, version: versionTokens, file: file, line: line)
        }
        precondition(
            referenceSeen.allSatisfy { $0 == 1 }, "reference sentences linked \(referenceSeen) times", file: file,
            line: line)
        precondition(
            versionSeen.allSatisfy { $0 == 1 }, "version sentences linked \(versionSeen) times", file: file, line: line)
    }

    /// The tokens of some sentences of a segmented text.
    public static func tokens(of sentences: Range<Int>, in text: SegmentedText) -> [Token] {
        guard let first = sentences.first, let last = sentences.last else { return [] }
        return Array(text.tokens[text.sentenceTokens[first].lowerBound..<text.sentenceTokens[last].upperBound])
    }
}
