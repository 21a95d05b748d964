import DriftChecks
import DriftKit
public import DriftRecords

/// A version's row of a summary (`SummaryRenderer`).
public struct SummaryRow: Codable, Sendable, Equatable {
    public var reference: String
    public var file: String
    public var verdict: Verdict
    public var coverage: Double
    public var drift: Double
    public var garble: Double
    public var additions: Double
    public var omissions: Double
    /// Null in records written before the error score.
    public var mqm: Double?
    public var critical: Int
    public var major: Int
    public var minor: Int

    /// The row of `version`, compared with the reference at `reference`.
    public init(_ version: VersionRecord, reference: String) {
        let j = version.judgement
        self.reference = reference
        file = version.document.path
        verdict = j.verdict
        coverage = j.coverage
        drift = j.drift
        garble = j.garble
        additions = j.additions
        omissions = j.omissions
        mqm = j.mqm
        critical = version.findings(of: .critical)
        major = version.findings(of: .major)
        minor = version.findings(of: .minor)
    }

    /// The columns, in the order of the CSV.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case reference, file, verdict, coverage, drift, garble, additions, omissions, mqm, critical, major, minor
    }

    /// Writes every column, `mqm` as null when unknown.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reference, forKey: .reference)
        try container.encode(file, forKey: .file)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(drift, forKey: .drift)
        try container.encode(garble, forKey: .garble)
        try container.encode(additions, forKey: .additions)
        try container.encode(omissions, forKey: .omissions)
        try container.encode(mqm, forKey: .mqm)
        try container.encode(critical, forKey: .critical)
        try container.encode(major, forKey: .major)
        try container.encode(minor, forKey: .minor)
    }

    /// The CSV fields, in column order; numbers as JSON writes them, an unknown `mqm` empty.
    var fields: [String] {
        [reference, file, verdict.rawValue]
            + [coverage, drift, garble, additions, omissions].map { "\($0)" }
            + [mqm.map { "\($0)" } ?? "", String(critical), String(major), String(minor)]
    }
}
