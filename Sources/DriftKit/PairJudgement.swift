/// The judge's verdict on one pair: how far the meaning drifted, a label, and why.
public struct PairJudgement: Sendable, Hashable {
    /// 0 = same meaning … 1 = unrelated.
    public var drift: Double
    /// What happened.
    public var label: PairLabel
    /// The features behind `drift`.
    public var features: PairFeatures
    /// Marks of broken text in the candidate that the reference lacks: names spelled otherwise
    /// ("Anbar" → "Amber") and words repeated within a few words ("said authorities said").
    public var garbleCues: Int
    /// Content words (not function words) in the reference.
    public var referenceWords: Int
    /// Content words in the candidate.
    public var candidateWords: Int
    /// Human-readable reasons, strongest first ("number 2025 → 2026", "negation added").
    public var evidence: [String]

    /// The cosine of the pair's sentence embeddings, or nil when the judge had none.
    public var cosine: Double? { features.semanticGap.map { 1 - $0 } }
}
