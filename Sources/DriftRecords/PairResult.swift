public import DriftKit
public import DriftMetrics

/// The record of a scored pair (`drift pairs` output): `id`, `drift`, `label`, `chrf`, `bleu`,
/// `ter`, `cosine` (of the sentence embeddings; null without them), the evidence as sentences
/// and typed (`accounting`), and on request the judge's feature values.
public struct PairResult: Codable, Sendable, Equatable {
    public var id: JSONValue
    /// 0 (same meaning) to 1, four decimals.
    public var drift: Double
    public var label: PairLabel
    public var chrf: Double
    public var bleu: Double
    public var ter: Double
    public var cosine: Double?
    public var evidence: [String]
    public var accounting: [EvidenceRecord]
    /// The judge's features by name (null where one could not be measured); nil unless asked.
    public var features: [String: Double?]?

    /// The record of a pair judged as `judgement` and scored as `scores`.
    public init(id: JSONValue, judgement: PairJudgement, scores: PairScores, features: Bool = false) {
        self.id = id
        drift = Rounded.fourDecimals(judgement.drift)
        label = judgement.label
        chrf = scores.chrf
        bleu = scores.bleu
        ter = scores.ter
        cosine = judgement.cosine.map(Rounded.fourDecimals)
        evidence = judgement.evidence.map(\.description)
        accounting = judgement.evidence.map(EvidenceRecord.init)
        self.features =
            features
            ? Dictionary(judgement.features.named.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            : nil
    }

    private enum CodingKeys: String, CodingKey {
        case id, drift, label, chrf, bleu, ter, cosine, evidence, accounting, features
    }

    /// Writes `cosine` as null when absent, and `features` only when asked for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(drift, forKey: .drift)
        try container.encode(label, forKey: .label)
        try container.encode(chrf, forKey: .chrf)
        try container.encode(bleu, forKey: .bleu)
        try container.encode(ter, forKey: .ter)
        try container.encode(cosine, forKey: .cosine)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(accounting, forKey: .accounting)
        try container.encodeIfPresent(features, forKey: .features)
    }
}
