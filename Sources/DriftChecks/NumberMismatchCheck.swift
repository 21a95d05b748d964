/// Flags a number of the reference sentence replaced by another in the aligned version
/// sentence: "by September 2025" → "by September 2026", "on Friday" → "on Thursday", "in March"
/// → "in May" (days and months are compared with their own kind). The two must stand by the same word
/// ("September", "troops"), so that a number dropped from one clause and another added to
/// the next ("two officials" … "20 years") are not taken for one replaced. A number dropped or
/// added alone is an omission or addition, not flagged here. Quantities are read by
/// `QuantityReader`: "three" and "3", "4.2 million" and "4,200,000" match; "4.2" and "42" do not.
public struct NumberMismatchCheck: Check {
    public let id = CheckID.numberMismatch
    public let needsReference = true

    /// Reads the numbers; nil reads them in the language of the context's lexicon.
    public var reader: QuantityReader?

    public init(reader: QuantityReader? = nil) {
        self.reader = reader
    }

    public func findings(in context: CheckContext) -> [Finding] {
        guard let reference = context.reference else { return [] }
        let reader = reader ?? QuantityReader(lexicon: context.lexicon)
        let document = context.document
        var findings: [Finding] = []
        let versionIndex = TokenIndex(document)
        let referenceIndex = TokenIndex(reference)
        for linked in LinkedWords.all(in: context) {
            let versionNumbers = numbers(versionIndex.tokens(in: linked.versionSpan), in: document, reader: reader)
            let referenceNumbers = numbers(
                referenceIndex.tokens(in: linked.referenceSpan), in: reference, reader: reader)
            var dropped = referenceNumbers.filter { old in
                !versionNumbers.contains { $0.quantity.isSame(as: old.quantity) }
            }
            let added = versionNumbers.filter { new in
                !referenceNumbers.contains { $0.quantity.isSame(as: new.quantity) }
            }
            for new in added {
                let context = Self.neighbours(of: new.span, in: linked.version, document)
                guard
                    let match = dropped.firstIndex(where: {
                        $0.quantity.kind == new.quantity.kind
                            && !context.isDisjoint(with: Self.neighbours(of: $0.span, in: linked.reference, reference))
                    })
                else { continue }
                let old = dropped.remove(at: match)
                let span = Self.range(of: new.span, in: document)
                let referenceSpan = Self.range(of: old.span, in: reference)
                findings.append(
                    Finding(
                        check: id, category: .mistranslation, severity: .major, span: span,
                        referenceSpan: referenceSpan,
                        message: "“\(document.text[span])” where the reference has “\(reference.text[referenceSpan])”",
                        suggestion: reference.text[referenceSpan]))
            }
        }
        return findings
    }

    /// A quantity with the tokens it was read from, in the document.
    private struct Read {
        var quantity: Quantity
        var span: Range<Int>
    }

    /// The quantities among some tokens of a text, in order.
    private func numbers(_ tokens: [Int], in text: CheckedText, reader: QuantityReader) -> [Read] {
        reader.quantities(in: tokens.map { text.features[$0] }).map { quantity in
            Read(
                quantity: quantity,
                span: tokens[quantity.tokens.lowerBound]..<(tokens[quantity.tokens.upperBound - 1] + 1))
        }
    }

    /// The scalar span of a run of tokens.
    private static func range(of tokens: Range<Int>, in text: CheckedText) -> Range<Int> {
        text.segmented.tokens[tokens.lowerBound].range
            .lowerBound..<text.segmented.tokens[tokens.upperBound - 1].range.upperBound
    }

    /// The stems of the words just before and after a run of tokens among `words`.
    private static func neighbours(of tokens: Range<Int>, in words: [Int], _ text: CheckedText) -> Set<String> {
        guard let first = words.firstIndex(where: { $0 >= tokens.lowerBound }) else { return [] }
        let last = words.lastIndex(where: { $0 < tokens.upperBound }) ?? first
        return Set(
            [first - 1, last + 1].filter { words.indices.contains($0) }.compactMap { index in
                let features = text.features[words[index]]
                return features.kind == .word ? features.stem : nil
            })
    }
}
