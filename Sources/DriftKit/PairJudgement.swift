/// The judge's verdict on one pair: how far the meaning drifted, a label, and why.
public struct PairJudgement: Sendable, Hashable {
    /// 0 = same meaning … 1 = unrelated.
    public var drift: Double
    /// What happened.
    public var label: PairLabel
    /// The features behind `drift`.
    public var features: PairFeatures
    /// Human-readable reasons, strongest first ("number 2025 → 2026", "negation added").
    public var evidence: [String]
}
