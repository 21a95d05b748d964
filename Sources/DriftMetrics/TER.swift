/// Translation edit rate (Snover et al., 2006) exactly as sacreBLEU 2.x computes it.
///
/// Statistics per segment: `[fewest edits over the references, average reference length]`.
public struct TER: CorpusMetric, Hashable {
    public var tokenizer: TercomTokenizer

    public init(tokenizer: TercomTokenizer = TercomTokenizer()) {
        self.tokenizer = tokenizer
    }

    public var statisticsCount: Int { 2 }

    public func statistics(hypothesis: String, references: [String]) -> [Double] {
        var vocabulary: [String: Int32] = [:]
        func ids(_ text: String) -> [Int32] {
            tokenizer.tokenize(PythonText.rstrip(Array(text.unicodeScalars))).map { word in
                if let id = vocabulary[word] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[word] = id
                return id
            }
        }
        let words = ids(hypothesis)
        var best = Int.max
        var lengths = 0
        for reference in references {
            let (edits, length) = TranslationEditRate.edits(hypothesis: words, reference: ids(reference))
            lengths += length
            best = min(best, edits)
        }
        guard !references.isEmpty else { return [0, 0] }
        return [Double(best), Double(lengths) / Double(references.count)]
    }

    public func score(statistics: [Double]) -> TERScore {
        let (edits, length) = (statistics[0], statistics[1])
        let rate = length > 0 ? edits / length : (edits > 0 ? 1 : 0)
        return TERScore(score: 100 * rate, edits: edits, referenceLength: length)
    }

    public func signature(referenceCount: Int) -> Signature {
        Signature(
            referenceCount: referenceCount,
            fields: [
                ("case", tokenizer.caseSensitive ? "mixed" : "lc"),
                ("tok", "tercom"),
                ("norm", tokenizer.normalized ? "yes" : "no"),
                ("punct", tokenizer.noPunctuation ? "no" : "yes"),
                ("asian", tokenizer.asianSupport ? "yes" : "no"),
            ])
    }
}
