/// Maps sentences to vectors whose cosine measures how alike their meanings are: a sentence
/// encoder's embeddings.
///
/// Alignment and judging use one when they are given it, and work from the words alone
/// otherwise. drift's command line adapts DriftEmbed's `SentenceEncoder` to this protocol, so
/// the library itself needs neither BLAS nor the model.
public protocol SentenceEmbedder: AnyObject {
    /// The embeddings of `sentences`, in order, all of one dimension.
    func embed(_ sentences: [String]) -> [[Float]]
    /// How the encoder's cosines map onto the scale drift's models were fitted on (MiniLM's).
    var scale: CosineScale { get }
}

extension SentenceEmbedder {
    /// MiniLM's own scale.
    public var scale: CosineScale { .identity }

    /// The cosine of the embeddings of two texts, on MiniLM's scale (`scale`).
    public func cosine(_ a: String, _ b: String) -> Double {
        cosines([(a, b)])[0]
    }

    /// The cosines of many pairs of texts, embedded in one batch, on MiniLM's scale.
    public func cosines(_ pairs: [(String, String)]) -> [Double] {
        let vectors = embed(pairs.flatMap { [$0.0, $0.1] })
        let scale = scale
        return pairs.indices.map { scale(Embedding.cosine(vectors[2 * $0], vectors[2 * $0 + 1])) }
    }
}
