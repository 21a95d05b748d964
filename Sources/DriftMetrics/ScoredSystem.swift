/// One metric's corpus score for one system, with its signature and, when asked for, what
/// bootstrap resampling says about it.
public struct ScoredSystem: Sendable {
    /// The system's name (its hypothesis file).
    public let system: String
    public let score: any MetricScore
    public let signature: Signature
    public let estimate: BootstrapEstimate?
}
