public import DriftChecks
public import DriftKit

/// A version of a comparison: the document, its judgement and its links, in one JSON object.
public struct VersionRecord: Codable, Sendable, Equatable {
    public var document: DocumentRecord
    public var judgement: JudgementRecord
    /// The judged links in the order of the alignment.
    public var links: [LinkRecord]

    /// The record of a version's comparison.
    public init(_ comparison: VersionComparison) {
        let text = comparison.alignment.version.text
        let reference = comparison.alignment.reference.text
        document = DocumentRecord(
            path: comparison.path, text: text, sentences: comparison.alignment.version.sentences.count,
            findings: comparison.findings.map {
                FindingRecord($0, in: text, reference: reference, witnesses: comparison.witnesses)
            },
            boilerplate: comparison.boilerplate.map { BoilerplateRecord($0, in: text) })
        judgement = JudgementRecord(comparison.judgement)
        links = comparison.links.map(LinkRecord.init)
    }

    private enum CodingKeys: String, CodingKey {
        case judgement, links
    }

    /// Reads the document's members and the version's from one object.
    public init(from decoder: any Decoder) throws {
        document = try DocumentRecord(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        judgement = try container.decode(JudgementRecord.self, forKey: .judgement)
        links = try container.decode([LinkRecord].self, forKey: .links)
    }

    /// Writes the document's members and the version's into one object.
    public func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(judgement, forKey: .judgement)
        try container.encode(links, forKey: .links)
    }

    /// The number of findings of `severity`.
    public func findings(of severity: Severity) -> Int {
        document.findings.count { $0.severity == severity }
    }

    /// Checks that every span lies within its text.
    func validate(at path: String, referenceLength: Int) throws(RecordError) {
        try document.validate(at: path)
        for (index, link) in links.enumerated() {
            try link.aligned.validate(
                at: "\(path).links[\(index)]", referenceLength: referenceLength, versionLength: document.text.count)
        }
    }
}
