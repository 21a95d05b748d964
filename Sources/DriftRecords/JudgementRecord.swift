import DriftChecks
public import DriftKit

/// A version's judgement in a comparison (`judgement` of `drift.compare/1`); figures rounded
/// to four decimals.
public struct JudgementRecord: Codable, Sendable, Equatable {
    public var verdict: Verdict
    /// One sentence saying why.
    public var reason: String
    /// Share of the reference's content the version keeps.
    public var coverage: Double
    /// Mean drift of the linked sentences, 0 (same meaning) to 1.
    public var drift: Double
    /// Share of the version in garbled sentences.
    public var garble: Double
    /// Share of the version added.
    public var additions: Double
    /// Share of the reference omitted.
    public var omissions: Double
    /// The version's length over the reference's, in words.
    public var lengthRatio: Double?
    /// The number of links of each label, every label present.
    public var labels: [PairLabel: Int]
    /// The MQM-style error score (points per 100 words); nil in records written before it.
    public var mqm: Double?
    /// The error points and the findings behind `mqm`.
    public var errors: ErrorsRecord?

    /// The record of a judgement.
    public init(_ judgement: DocumentJudgement) {
        verdict = judgement.verdict
        reason = judgement.reason
        coverage = Rounded.fourDecimals(judgement.coverage)
        drift = Rounded.fourDecimals(judgement.drift)
        garble = Rounded.fourDecimals(judgement.garble)
        additions = Rounded.fourDecimals(judgement.additions)
        omissions = Rounded.fourDecimals(judgement.omissions)
        lengthRatio = Rounded.fourDecimals(judgement.lengthRatio)
        labels = Dictionary(uniqueKeysWithValues: PairLabel.allCases.map { ($0, judgement.labels[$0] ?? 0) })
        mqm = Rounded.fourDecimals(judgement.errors.score)
        errors = ErrorsRecord(judgement.errors)
    }

    private enum CodingKeys: String, CodingKey {
        case verdict, reason, coverage, drift, garble, additions, omissions, labels, mqm, errors
        case lengthRatio = "length_ratio"
    }
}
