public import DriftChecks
public import DriftText

/// Everything `Comparison.compare(reference:versions:)` found: the reference's own findings and
/// every version compared with it.
public struct ComparisonReport: Sendable {
    /// The reference.
    public var reference: Document
    /// The checks that need no reference, run on the reference itself (its duplicated words,
    /// its web residue), critical first.
    public var referenceFindings: [Finding]
    /// The reference's web page furniture, left out of the alignment.
    public var referenceBoilerplate: [BoilerplateSpan]
    /// Each version compared with the reference, in the order given.
    public var versions: [VersionComparison]
    /// Whether sentence embeddings informed alignment and judgement.
    public var embeddings: Bool
    /// The language the documents were read in.
    public var language: Language
    /// The reference and the versions collated around it, when there are three versions or
    /// more (two others that can agree): what the consensus check read.
    public var collation: Collation?
}
