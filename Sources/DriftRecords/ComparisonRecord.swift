public import DriftKit

/// A comparison as `drift compare` writes it and `drift report` reads it back
/// (`drift.compare/1`, docs/schema/compare.schema.json): the reference and every version with
/// its judgement, links and findings, and both texts. Every output format renders from it.
public struct ComparisonRecord: Codable, Sendable, Equatable {
    /// The identifier of the JSON document's shape; bumped when a field changes meaning or goes.
    public static let schema = "drift.compare/1"

    /// Whether sentence embeddings informed the comparison.
    public var embeddings: Bool
    /// The language the documents were read in, a BCP 47 code (`en`, `fr`); nil in records
    /// written before it.
    public var language: String?
    public var reference: DocumentRecord
    public var versions: [VersionRecord]
    /// The reference and the versions collated around it (`drift.collate/1`), with three
    /// versions or more; nil otherwise and in records written before it.
    public var collation: CollationRecord?

    /// The record of a comparison.
    public init(_ report: ComparisonReport) {
        embeddings = report.embeddings
        language = report.language.code
        reference = DocumentRecord(
            path: report.reference.path, text: report.reference.text,
            sentences: report.versions.first?.alignment.reference.sentences.count ?? 0,
            findings: report.referenceFindings.map { FindingRecord($0, in: report.reference.text) },
            boilerplate: report.referenceBoilerplate.map { BoilerplateRecord($0, in: report.reference.text) })
        versions = report.versions.map(VersionRecord.init)
        collation = report.collation.map { CollationRecord($0, embeddings: report.embeddings) }
    }

    private enum CodingKeys: String, CodingKey {
        case schema, embeddings, language, reference, versions, collation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard try container.decode(String.self, forKey: .schema) == Self.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "expected \"\(Self.schema)\", the output of drift compare --format json")
        }
        embeddings = try container.decode(Bool.self, forKey: .embeddings)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        reference = try container.decode(DocumentRecord.self, forKey: .reference)
        versions = try container.decode([VersionRecord].self, forKey: .versions)
        collation = try container.decodeIfPresent(CollationRecord.self, forKey: .collation)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(embeddings, forKey: .embeddings)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encode(reference, forKey: .reference)
        try container.encode(versions, forKey: .versions)
        try container.encodeIfPresent(collation, forKey: .collation)
    }

    /// Reads a `drift.compare/1` document and checks that every span lies within its text.
    ///
    /// - Throws: `RecordError` naming the member that is missing or malformed.
    public init(json: some StringProtocol) throws(RecordError) {
        self = try RecordCoding.decode(Self.self, from: json)
        try reference.validate(at: "reference")
        for (index, version) in versions.enumerated() {
            try version.validate(at: "versions[\(index)]", referenceLength: reference.text.count)
        }
    }

    /// The `drift.compare/1` document on one line.
    public var json: String { RecordCoding.json(self) }
}
