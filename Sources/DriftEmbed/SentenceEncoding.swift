/// A sentence encoder of DriftEmbed: sentences in, unit vectors out, whose dot product is the
/// sentences' cosine similarity. Implementations cache embeddings by sentence and are safe to
/// call from several threads.
public protocol SentenceEncoding: AnyObject, Sendable {
    /// The embeddings of sentences, in order, each of `dimension` numbers and length 1.
    func embed(_ sentences: [String]) -> [[Float]]
    /// Forgets the cached embeddings.
    func clearCache()
}

extension SentenceEncoding {
    /// The embedding of one sentence.
    public func embed(_ sentence: String) -> [Float] {
        embed([sentence])[0]
    }

    /// Cosine of two embeddings (their dot product, as both have length 1).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        Double(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 })
    }
}
