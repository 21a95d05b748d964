public import DriftAlign

/// A link of an alignment (`links[]` of `drift align --format json`, and the alignment members
/// of a comparison's links): its type, both spans, the sentences it covers, its score and the
/// word-level diff. Offsets are code points.
public struct AlignedLinkRecord: Codable, Sendable, Equatable {
    public var type: LinkType
    /// The reference's span; nil for an added sentence.
    public var reference: Range<Int>?
    /// The version's span; nil for an omitted sentence.
    public var version: Range<Int>?
    /// The reference sentences the link covers, `[first, last + 1)`.
    public var referenceSentences: Range<Int>
    /// The version sentences the link covers.
    public var versionSentences: Range<Int>
    /// The similarity the aligner gave the link, 0 to 1.
    public var score: Double
    /// How the score was made; nil for added and omitted sentences.
    public var similarity: SimilarityRecord?
    public var diff: [DiffRecord]

    /// The record of a link.
    public init(_ link: Link) {
        type = link.type
        reference = link.referenceSpan
        version = link.versionSpan
        referenceSentences = link.reference
        versionSentences = link.version
        score = Rounded.fourDecimals(link.score)
        similarity = link.similarity.map(SimilarityRecord.init)
        diff = link.diff.map(DiffRecord.init)
    }

    private enum CodingKeys: String, CodingKey {
        case type, version, score, similarity, diff
        case reference = "ref"
        case referenceSentences = "ref_sentences"
        case versionSentences = "version_sentences"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(LinkType.self, forKey: .type)
        reference = try container.decodeRequired(Range<Int>?.self, forKey: .reference)
        version = try container.decodeRequired(Range<Int>?.self, forKey: .version)
        referenceSentences = try container.decode(Range<Int>.self, forKey: .referenceSentences)
        versionSentences = try container.decode(Range<Int>.self, forKey: .versionSentences)
        score = try container.decode(Double.self, forKey: .score)
        similarity = try container.decodeIfPresent(SimilarityRecord.self, forKey: .similarity)
        diff = try container.decode([DiffRecord].self, forKey: .diff)
    }

    /// Writes both spans, null when absent, as the schema asks; `similarity` only when known.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(reference, forKey: .reference)
        try container.encode(version, forKey: .version)
        try container.encode(referenceSentences, forKey: .referenceSentences)
        try container.encode(versionSentences, forKey: .versionSentences)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(similarity, forKey: .similarity)
        try container.encode(diff, forKey: .diff)
    }

    /// Checks that the spans and the diff lie within the texts.
    func validate(at path: String, referenceLength: Int, versionLength: Int) throws(RecordError) {
        try Span.check(reference, within: referenceLength, at: "\(path).ref")
        try Span.check(version, within: versionLength, at: "\(path).version")
        for (index, operation) in diff.enumerated() {
            try Span.check(operation.reference, within: referenceLength, at: "\(path).diff[\(index)].ref")
            try Span.check(operation.version, within: versionLength, at: "\(path).diff[\(index)].version")
        }
    }
}
