public import DriftAlign

/// One version compared with the reference: the alignment, every link judged, and the verdict.
public struct VersionComparison: Sendable {
    /// Where the version came from.
    public var path: String
    /// The sentence alignment of the version to the reference.
    public var alignment: Alignment
    /// The links of `alignment`, in the same order, each judged.
    public var links: [JudgedLink]
    /// The judgement of the whole version.
    public var judgement: DocumentJudgement
}
