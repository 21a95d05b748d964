public import DriftAlign

/// An alignment link with the judge's verdict on it.
public struct JudgedLink: Sendable, Hashable {
    /// The sentences it joins, their spans and word diff.
    public var link: Link
    /// The label: the pair's label for linked sentences, `added`, `omitted` or `moved` otherwise.
    public var label: PairLabel
    /// 0 = same meaning … 1 = unrelated; 1 for `added` and `omitted`.
    public var drift: Double
    /// Why (empty for `added` and `omitted`).
    public var evidence: [Evidence]
    /// Content words on the reference side.
    public var referenceWords: Int
    /// Content words on the version side.
    public var versionWords: Int
    /// Share of the reference side's content words the version side keeps.
    public var kept: Double
    /// Whether evidence of a meaning edit (not the learned score alone) decided the label.
    public var decided: Bool
}
