public import DriftKit

/// One item of the judge's evidence for a link's label, typed (`accounting[]` of a link).
public struct EvidenceRecord: Codable, Sendable, Equatable {
    /// `lost`, `added`, `reworded`, `reordered`, `repeated` or a replacement's kind
    /// (`ReplacementKind`: `antonym`, `number`, `negation`, …).
    public var kind: String
    /// The part of speech of a lost or added word.
    public var role: WordRole?
    /// The reference's side, empty when it has none.
    public var reference: String
    /// The version's side, empty when it has none.
    public var version: String
    /// Whether the item by itself makes the link `changed`.
    public var meaning: Bool

    /// The record of an evidence item.
    public init(_ evidence: Evidence) {
        kind = evidence.kind
        role = evidence.role
        (reference, version) = evidence.sides
        meaning = evidence.changesMeaning
    }
}
