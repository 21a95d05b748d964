/// The MT metrics of one reference–candidate pair.
public struct PairScores: Sendable, Hashable {
    /// chrF2 (sacreBLEU defaults), 0–100.
    public let chrf: Double
    /// Sentence BLEU (13a, exp smoothing, effective order), 0–100.
    public let bleu: Double
    /// TER (sacreBLEU defaults), edits per 100 reference words.
    public let ter: Double
}
