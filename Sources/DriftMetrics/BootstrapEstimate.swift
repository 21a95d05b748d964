/// What bootstrap resampling says about one system's score.
public struct BootstrapEstimate: Sendable, Hashable {
    /// The score on the whole test set.
    public let score: Double
    /// The mean score over the resamples.
    public let mean: Double
    /// Half the width of the 95 % confidence interval around the mean.
    public let halfWidth: Double
    /// Against a baseline: the probability that a difference at least this large arises by
    /// chance; nil for the baseline itself or a single system.
    public let pValue: Double?
}
