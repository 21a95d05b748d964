/// What the similarity model knows of a sentence, or of several consecutive sentences taken
/// together: its character trigrams, its weighted word features, its length and, when a
/// `SentenceEmbedder` is used, its embedding.
public struct SentenceProfile: Sendable {
    /// Character trigrams of the case-folded letters and digits, words separated by one space.
    var trigrams: FeatureBag
    /// Stems, name skeletons of capitalised words and numbers, each weighted by its inverse
    /// document frequency in the two texts being compared.
    var words: FeatureBag
    /// The number of letters and digits.
    var length: Int
    /// The sentence's embedding (for several sentences, the sum of theirs), or nil.
    var embedding: [Float]? = nil

    /// The profile of this sentence followed by `next`.
    func merged(with next: SentenceProfile) -> SentenceProfile {
        var embedding: [Float]?
        if let mine = self.embedding, let theirs = next.embedding { embedding = Embedding.sum(mine, theirs) }
        return SentenceProfile(
            trigrams: trigrams.union(next.trigrams), words: words.union(next.words), length: length + next.length,
            embedding: embedding)
    }
}
