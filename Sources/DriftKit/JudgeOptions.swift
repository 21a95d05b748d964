/// The named thresholds of the pair judge's labelling rules (`LabelRules`).
public struct JudgeOptions: Sendable, Hashable {
    /// Compute every feature of `PairFeatures`, also those the weights ignore (chrF), for
    /// `drift pairs --features` and training; otherwise features of weight 0 are left at 0.
    public var allFeatures: Bool
    /// The shortest word (in letters) whose close spelling counts as a slip in a copy-edit.
    public var copyEditMinimumLength: Int
    /// The spelling similarity of a slip in a copy-edit, at least.
    public var copyEditSimilarity: Double
    /// Lost and added content words are decisive (make the pair `changed` by themselves) when
    /// the pair leaves at most this many content words unaccounted for in all: a single edit
    /// leaves one or two, a rewording many, and then the learned score weighs them.
    public var decisiveUnaccounted: Int
    /// How far the evidence of meaning edits raises the learned drift: d ↦ 1 − (1 − d)(1 −
    /// reach · w), w the evidence's weights (`Evidence.weight`) combined as 1 − Π(1 − wᵢ). 0.1
    /// keeps PAWS ROC AUC ≥ 0.86 and STS-B Spearman ≥ 0.85 on the development data (0.2 costs
    /// 0.03 AUC: PAWS counts a word added or dropped as the same meaning).
    public var evidenceReach: Double
    /// How far the characters raise the drift, as `evidenceReach` does with 1 − chrF/100 for
    /// w: small, to break the ties that the words leave (an edit the accounting and the
    /// learned score do not see still moves the drift).
    public var characterReach: Double

    /// Creates options; the defaults are drift's.
    public init(
        allFeatures: Bool = false, copyEditMinimumLength: Int = 4, copyEditSimilarity: Double = 0.75,
        decisiveUnaccounted: Int = 2,
        evidenceReach: Double = 0.1, characterReach: Double = 0.05
    ) {
        self.allFeatures = allFeatures
        self.copyEditMinimumLength = copyEditMinimumLength
        self.copyEditSimilarity = copyEditSimilarity
        self.decisiveUnaccounted = decisiveUnaccounted
        self.evidenceReach = evidenceReach
        self.characterReach = characterReach
    }
}
