public import DriftKit

/// A version's judgement in a saved comparison (`judgement` of `drift.compare/1`).
public struct JudgementRecord: Sendable {
    public let verdict: Verdict
    /// One sentence saying why.
    public let reason: String
    /// Share of the reference's content the version keeps.
    public let coverage: Double
    /// Mean drift of the linked sentences, 0 (same meaning) to 1.
    public let drift: Double
    /// Share of the version in garbled sentences.
    public let garble: Double
    /// Share of the version added.
    public let additions: Double
    /// Share of the reference omitted.
    public let omissions: Double
    /// The MQM-style error score (points per 100 words), nil in records written before it.
    public let mqm: Double?

    init(_ reader: RecordReader) throws(RecordError) {
        let verdictReader = try reader.member("verdict")
        guard let verdict = Verdict(rawValue: try verdictReader.string()) else {
            throw RecordError(path: verdictReader.path, message: "unknown verdict")
        }
        self.verdict = verdict
        reason = try reader.string("reason")
        coverage = try reader.double("coverage")
        drift = try reader.double("drift")
        garble = try reader.double("garble")
        additions = try reader.double("additions")
        omissions = try reader.double("omissions")
        mqm = reader.optional("mqm") == nil ? nil : try reader.double("mqm")
    }
}
