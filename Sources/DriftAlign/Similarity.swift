/// How alike two sentences (or groups of sentences) are, with the evidence behind the figure.
public struct Similarity: Sendable, Hashable {
    /// Dice coefficient of the character trigrams, 0…1.
    public var characters: Double
    /// IDF-weighted Dice coefficient of stems, name skeletons and numbers, 0…1.
    public var words: Double
    /// Shorter length over longer length, in letters and digits, 0…1.
    public var lengthRatio: Double
    /// Cosine of the sentence embeddings, when both sides have one.
    public var cosine: Double?
    /// The combined similarity, 0 (unrelated) … 1 (the same words).
    public var value: Double
}
