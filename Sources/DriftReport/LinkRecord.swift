public import DriftAlign
public import DriftKit

/// A judged link of a saved comparison (`links[]` of `drift.compare/1`).
public struct LinkRecord: Sendable {
    public let type: LinkType
    public let label: PairLabel
    /// 0 (same meaning) to 1.
    public let drift: Double
    /// The reference's span, code points; nil for an added sentence.
    public let reference: Range<Int>?
    /// The version's span, code points; nil for an omitted sentence.
    public let version: Range<Int>?
    /// The reference sentences the link covers, `[first, last + 1)`.
    public let referenceSentences: Range<Int>
    /// The version sentences the link covers.
    public let versionSentences: Range<Int>
    /// Why the judge chose the label.
    public let evidence: [String]
    /// The word-level differences.
    public let diff: [DiffRecord]

    init(_ reader: RecordReader, referenceLength: Int, versionLength: Int) throws(RecordError) {
        let typeReader = try reader.member("type")
        guard let type = LinkType(rawValue: try typeReader.string()) else {
            throw RecordError(path: typeReader.path, message: "unknown link type")
        }
        self.type = type
        let labelReader = try reader.member("label")
        guard let label = PairLabel(rawValue: try labelReader.string()) else {
            throw RecordError(path: labelReader.path, message: "unknown label")
        }
        self.label = label
        drift = try reader.double("drift")
        reference = try reader.range("ref", limit: referenceLength)
        version = try reader.range("version", limit: versionLength)
        referenceSentences = try reader.range("ref_sentences", limit: .max) ?? 0..<0
        versionSentences = try reader.range("version_sentences", limit: .max) ?? 0..<0
        evidence = try reader.array("evidence").map { reader throws(RecordError) in try reader.string() }
        var diff: [DiffRecord] = []
        for operation in try reader.array("diff") {
            try diff.append(DiffRecord(operation, referenceLength: referenceLength, versionLength: versionLength))
        }
        self.diff = diff
    }
}
