public import DriftAlign
public import DriftChecks

/// One version compared with the reference: the alignment, every link judged, the verdict and
/// what an editor should fix.
public struct VersionComparison: Sendable {
    /// Where the version came from.
    public var path: String
    /// The sentence alignment of the version to the reference.
    public var alignment: Alignment
    /// The links of `alignment`, in the same order, each judged.
    public var links: [JudgedLink]
    /// The judgement of the whole version.
    public var judgement: DocumentJudgement
    /// The findings of the checks, critical first (`Finding.mqmOrder`).
    public var findings: [Finding]
    /// The version's web page furniture, left out of the alignment.
    public var boilerplate: [BoilerplateSpan]
    /// The other versions compared in the same call, which the checks consulted as witnesses,
    /// in the order of `WitnessSpan.witness`.
    public var witnesses: [Document]
}
