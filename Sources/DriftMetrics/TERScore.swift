/// A TER score with its edit count.
public struct TERScore: MetricScore, Hashable {
    public let name = "TER"
    /// Edits per 100 reference words.
    public let score: Double
    /// Total edits (insertions, deletions, substitutions, shifts).
    public let edits: Double
    /// Total (per segment: average) reference length in words.
    public let referenceLength: Double
    public var verbose: String { "" }
}
