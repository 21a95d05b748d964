#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.x computes it.
///
/// Statistics per segment: `[hypothesis length, closest reference length, matches per order…,
/// totals per order…]`. With several references, an n-gram may match as often as it occurs in
/// the reference that has it most, and the reference length closest to the hypothesis length
/// (the shorter one on a tie) counts for the brevity penalty.
public struct BLEU: CorpusMetric, Hashable {
    public var tokenizer: BLEUTokenizer
    public var lowercase: Bool
    public var smoothing: BLEUSmoothing
    /// Leave out orders above the longest with any hypothesis n-gram (for sentence BLEU).
    public var effectiveOrder: Bool
    public let maxOrder = 4

    public init(
        tokenizer: BLEUTokenizer = .thirteenA, lowercase: Bool = false,
        smoothing: BLEUSmoothing = BLEUSmoothing(), effectiveOrder: Bool = false
    ) {
        self.tokenizer = tokenizer
        self.lowercase = lowercase
        self.smoothing = smoothing
        self.effectiveOrder = effectiveOrder
    }

    public var statisticsCount: Int { 2 + 2 * maxOrder }

    /// Lower-casing (optional), then the tokenizer on the right-stripped segment.
    func tokens(_ segment: String) -> [String] {
        let scalars = Array(segment.unicodeScalars)
        let cased = lowercase ? PythonText.lower(scalars) : scalars
        return tokenizer.tokenize(PythonText.rstrip(cased))
    }

    public func statistics(hypothesis: String, references: [String]) -> [Double] {
        var words = WordCodes()
        let referenceTokens = references.map { words.codes(of: tokens($0)) }
        let hypothesisTokens = words.codes(of: tokens(hypothesis))
        var table = NGramTable(
            expected: (referenceTokens.reduce(0) { $0 + $1.count } + hypothesisTokens.count) * maxOrder)
        let referenceNGrams = referenceTokens.map { (table.ngrams(of: $0, maxOrder: maxOrder), $0.count) }
        let hypothesisNGrams = table.ngrams(of: hypothesisTokens, maxOrder: maxOrder)

        var referenceMax = [Int32](repeating: 0, count: table.count)
        var referenceCount = [Int32](repeating: 0, count: table.count)
        for (ngrams, _) in referenceNGrams {
            for id in ngrams { referenceCount[Int(id)] += 1 }
            for id in ngrams {
                referenceMax[Int(id)] = max(referenceMax[Int(id)], referenceCount[Int(id)])
                referenceCount[Int(id)] = 0
            }
        }
        var hypothesisCount = [Int32](repeating: 0, count: table.count)
        for id in hypothesisNGrams { hypothesisCount[Int(id)] += 1 }

        var statistics = [Double](repeating: 0, count: statisticsCount)
        statistics[0] = Double(hypothesisTokens.count)
        statistics[1] = Double(Self.closestLength(to: hypothesisTokens.count, among: referenceNGrams.map(\.1)))
        for id in hypothesisNGrams where hypothesisCount[Int(id)] > 0 {
            let order = Int(table.orders[Int(id)])
            statistics[1 + order] += Double(min(hypothesisCount[Int(id)], referenceMax[Int(id)]))
            statistics[1 + maxOrder + order] += Double(hypothesisCount[Int(id)])
            hypothesisCount[Int(id)] = 0
        }
        return statistics
    }

    /// The reference length closest to `length`; the shorter one on a tie.
    static func closestLength(to length: Int, among lengths: [Int]) -> Int {
        var best: (difference: Int, length: Int)?
        for candidate in lengths {
            let difference = abs(length - candidate)
            if best == nil || difference < best!.difference
                || (difference == best!.difference && candidate < best!.length)
            {
                best = (difference, candidate)
            }
        }
        return best?.length ?? -1
    }

    public func score(statistics: [Double]) -> BLEUScore {
        var correct = Array(statistics[2..<(2 + maxOrder)])
        var total = Array(statistics[(2 + maxOrder)...])
        let hypothesisLength = statistics[0]
        let referenceLength = statistics[1]

        var brevityPenalty = 1.0
        if hypothesisLength < referenceLength {
            brevityPenalty = hypothesisLength > 0 ? exp(1 - referenceLength / hypothesisLength) : 0
        }
        var precisions = [Double](repeating: 0, count: maxOrder)
        func result(_ score: Double) -> BLEUScore {
            BLEUScore(
                score: score, counts: correct, totals: total, precisions: precisions, brevityPenalty: brevityPenalty,
                hypothesisLength: Int(hypothesisLength), referenceLength: Int(referenceLength))
        }
        // No match at all (sacreBLEU #141).
        if !correct.contains(where: { $0 != 0 }) { return result(0) }

        let smoothingValue = smoothing.effectiveValue ?? 0
        var mtevalFactor = 1.0
        var order = maxOrder
        for n in 1...maxOrder {
            if smoothing.method == .addK, n > 1 {
                correct[n - 1] += smoothingValue
                total[n - 1] += smoothingValue
            }
            if total[n - 1] == 0 { break }
            if effectiveOrder { order = n }
            if correct[n - 1] == 0 {
                switch smoothing.method {
                case .exp:
                    mtevalFactor *= 2
                    precisions[n - 1] = 100 / (mtevalFactor * total[n - 1])
                case .floor:
                    precisions[n - 1] = 100 * smoothingValue / total[n - 1]
                case .none, .addK:
                    break
                }
            } else {
                precisions[n - 1] = 100 * correct[n - 1] / total[n - 1]
            }
        }
        var logSum = 0.0
        for precision in precisions[..<order] { logSum += precision == 0 ? -9_999_999_999 : log(precision) }
        return result(brevityPenalty * exp(logSum / Double(order)))
    }

    public func signature(referenceCount: Int) -> Signature {
        Signature(
            referenceCount: referenceCount,
            fields: [
                ("case", lowercase ? "lc" : "mixed"),
                ("eff", effectiveOrder ? "yes" : "no"),
                ("tok", tokenizer.rawValue),
                ("smooth", smoothing.signature),
            ])
    }
}
