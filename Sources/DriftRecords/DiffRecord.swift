public import DriftAlign

/// One word-level operation of a link's diff; spans in code points.
public struct DiffRecord: Codable, Sendable, Equatable {
    public var kind: DiffKind
    /// How a substituted word relates to the reference's (`inflection`, `synonym`, …).
    public var relation: TokenRelation?
    /// The reference's words; nil for an insertion.
    public var reference: Range<Int>?
    /// The version's words; nil for a deletion.
    public var version: Range<Int>?

    /// The record of an operation; the relation is kept for substitutions only.
    public init(_ operation: DiffOperation) {
        kind = operation.kind
        relation = operation.kind == .substituted ? operation.relation : nil
        reference = operation.reference
        version = operation.version
    }

    private enum CodingKeys: String, CodingKey {
        case relation, version
        case kind = "op"
        case reference = "ref"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(DiffKind.self, forKey: .kind)
        relation = try container.decodeIfPresent(TokenRelation.self, forKey: .relation)
        reference = try container.decodeRequired(Range<Int>?.self, forKey: .reference)
        version = try container.decodeRequired(Range<Int>?.self, forKey: .version)
    }

    /// Writes both spans, null when absent; the relation only when known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(relation, forKey: .relation)
        try container.encode(reference, forKey: .reference)
        try container.encode(version, forKey: .version)
    }
}
