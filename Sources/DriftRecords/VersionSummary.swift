public import DriftKit

/// The figures of one version's comparison that a batch keeps: the verdict, coverage, drift,
/// garble, the MQM-style error score and the findings by severity.
public struct VersionSummary: Codable, Sendable, Equatable {
    /// The version's path; nil for a text given inline.
    public var version: String?
    public var verdict: Verdict
    /// Share of the reference's content the version keeps, four decimals.
    public var coverage: Double
    /// Mean drift of the linked sentences, 0 (same meaning) to 1.
    public var drift: Double
    /// Share of the version in garbled sentences.
    public var garble: Double
    /// Error points per 100 words.
    public var mqm: Double
    /// The findings by severity.
    public var findings: FindingCounts

    /// The summary of a version's comparison; `path` is nil for an inline text.
    public init(_ comparison: VersionComparison, path: String?) {
        let judgement = JudgementRecord(comparison.judgement)
        version = path
        verdict = judgement.verdict
        coverage = judgement.coverage
        drift = judgement.drift
        garble = judgement.garble
        mqm = judgement.mqm ?? 0
        findings = FindingCounts(judgement.errors)
    }
}
