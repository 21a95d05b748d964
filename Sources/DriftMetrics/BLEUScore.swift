/// A BLEU score with the statistics behind it.
public struct BLEUScore: MetricScore, Hashable {
    public let name = "BLEU"
    /// BLEU, 0–100.
    public let score: Double
    /// Matched n-grams per order (after add-k smoothing, as sacreBLEU reports them).
    public let counts: [Double]
    /// Hypothesis n-grams per order.
    public let totals: [Double]
    /// Precision per order, in percent.
    public let precisions: [Double]
    /// The brevity penalty.
    public let brevityPenalty: Double
    /// Hypothesis length in tokens.
    public let hypothesisLength: Int
    /// Closest reference length in tokens.
    public let referenceLength: Int

    /// `59.8/34.2/22.3/14.9 (BP = 1.000 ratio = 1.063 hyp_len = 6016 ref_len = 5662)`.
    public var verbose: String {
        let precision = precisions.map { FixedPoint.format($0, digits: 1) }.joined(separator: "/")
        let ratio = referenceLength > 0 ? Double(hypothesisLength) / Double(referenceLength) : 0
        return
            "\(precision) (BP = \(FixedPoint.format(brevityPenalty, digits: 3)) ratio = \(FixedPoint.format(ratio, digits: 3)) "
            + "hyp_len = \(hypothesisLength) ref_len = \(referenceLength))"
    }
}
