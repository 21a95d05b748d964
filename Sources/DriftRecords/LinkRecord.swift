public import DriftAlign
public import DriftKit

/// A judged link of a comparison (`links[]` of `drift.compare/1`): the link as aligned, its
/// label, drift and the evidence, in one JSON object.
public struct LinkRecord: Codable, Sendable, Equatable {
    public var aligned: AlignedLinkRecord
    public var label: PairLabel
    /// 0 (same meaning) to 1.
    public var drift: Double
    /// Why the judge chose the label, as sentences (`lost verb: praised`).
    public var evidence: [String]
    /// The same evidence, typed; empty in records written before it.
    public var accounting: [EvidenceRecord]

    /// The record of a judged link.
    public init(_ judged: JudgedLink) {
        aligned = AlignedLinkRecord(judged.link)
        label = judged.label
        drift = Rounded.fourDecimals(judged.drift)
        evidence = judged.evidence.map(\.description)
        accounting = judged.evidence.map(EvidenceRecord.init)
    }

    public var type: LinkType { aligned.type }
    /// The reference's span; nil for an added sentence.
    public var reference: Range<Int>? { aligned.reference }
    /// The version's span; nil for an omitted sentence.
    public var version: Range<Int>? { aligned.version }
    public var referenceSentences: Range<Int> { aligned.referenceSentences }
    public var versionSentences: Range<Int> { aligned.versionSentences }
    public var diff: [DiffRecord] { aligned.diff }

    private enum CodingKeys: String, CodingKey {
        case label, drift, evidence, accounting
    }

    /// Reads the aligned link's members and the judge's from one object.
    public init(from decoder: any Decoder) throws {
        aligned = try AlignedLinkRecord(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(PairLabel.self, forKey: .label)
        drift = try container.decode(Double.self, forKey: .drift)
        evidence = try container.decode([String].self, forKey: .evidence)
        accounting = try container.decodeIfPresent([EvidenceRecord].self, forKey: .accounting) ?? []
    }

    /// Writes the aligned link's members and the judge's into one object.
    public func encode(to encoder: any Encoder) throws {
        try aligned.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(drift, forKey: .drift)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(accounting, forKey: .accounting)
    }
}
