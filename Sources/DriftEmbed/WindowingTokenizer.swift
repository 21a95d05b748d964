/// A tokenizer as `SharedEncoder` uses it: text in, the id sequences the network reads out.
protocol WindowingTokenizer: Sendable {
    /// The id sequences of a text, each framed by the model's special tokens: one, or for a
    /// text longer than the model reads at once, consecutive windows of it.
    func windows(_ text: String) -> [[Int32]]
}
