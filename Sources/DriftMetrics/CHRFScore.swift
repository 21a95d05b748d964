/// A chrF or chrF++ score.
public struct CHRFScore: MetricScore, Hashable {
    /// `chrF2`, or `chrF2++` with word bigrams.
    public let name: String
    /// The F-score, 0–100.
    public let score: Double
    public let characterOrder: Int
    public let wordOrder: Int
    public let beta: Int
    public var verbose: String { "" }
}
