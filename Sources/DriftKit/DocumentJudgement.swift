/// How a whole version compares with its reference, and the numbers behind the verdict.
///
/// Shares are of content words (function words do not count), so that a long sentence weighs
/// more than a short one.
public struct DocumentJudgement: Sendable, Hashable {
    /// What the version is.
    public var verdict: Verdict
    /// Share of the reference's content kept by the version.
    public var coverage: Double
    /// Mean drift of the linked sentences, weighted by their reference content (0 = same meaning).
    public var drift: Double
    /// Share of the version's content in garbled sentences, linked or added.
    public var garble: Double
    /// Share of the version's content in sentences the reference lacks.
    public var additions: Double
    /// Share of the reference's content in sentences the version lacks.
    public var omissions: Double
    /// Version content words per reference content word.
    public var lengthRatio: Double
    /// How many links carry each label.
    public var labels: [PairLabel: Int]
    /// The MQM-style error score of the findings and changed links.
    public var errors: ErrorScore
    /// One sentence saying why the verdict was reached.
    public var reason: String
}
