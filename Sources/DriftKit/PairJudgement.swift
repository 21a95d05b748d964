/// The judge's verdict on one pair: how far the meaning drifted, a label, and why.
public struct PairJudgement: Sendable, Hashable {
    /// 0 = same meaning … 1 = unrelated.
    public var drift: Double
    /// What happened.
    public var label: PairLabel
    /// The features behind `drift`.
    public var features: PairFeatures
    /// Marks of broken text in the candidate that the reference lacks: names spelled otherwise
    /// ("Anbar" → "Amber") and words repeated within a clause ("said authorities said").
    public var garbleCues: Int
    /// Content words (not function words) in the reference.
    public var referenceWords: Int
    /// Content words in the candidate.
    public var candidateWords: Int
    /// What the word accounting found, evidence of a meaning edit first ("number: 2025 →
    /// 2026", "negation added: not").
    public var evidence: [Evidence]
    /// Whether evidence of a meaning edit, not the learned score, decided the label.
    public var decided: Bool

    /// The cosine of the pair's sentence embeddings, or nil when the judge had none.
    public var cosine: Double? { features.semanticGap.map { 1 - $0 } }
}
