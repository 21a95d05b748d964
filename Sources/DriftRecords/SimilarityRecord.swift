public import DriftAlign

/// The parts of a link's similarity: characters, words, lengths and, with embeddings, the
/// cosine of the sentence vectors.
public struct SimilarityRecord: Codable, Sendable, Equatable {
    public var characters: Double
    public var words: Double
    public var lengthRatio: Double
    public var cosine: Double?

    /// The record of a similarity, four decimals.
    public init(_ similarity: Similarity) {
        characters = Rounded.fourDecimals(similarity.characters)
        words = Rounded.fourDecimals(similarity.words)
        lengthRatio = Rounded.fourDecimals(similarity.lengthRatio)
        cosine = similarity.cosine.map(Rounded.fourDecimals)
    }

    private enum CodingKeys: String, CodingKey {
        case characters, words, cosine
        case lengthRatio = "length_ratio"
    }
}
