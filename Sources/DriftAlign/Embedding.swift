/// Arithmetic on sentence embeddings.
enum Embedding {
    /// The cosine of two vectors of one dimension, 0 when either is zero.
    static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var dot: Float = 0
        var normA: Float = 0
        var normB: Float = 0
        for (x, y) in zip(a, b) {
            dot += x * y
            normA += x * x
            normB += y * y
        }
        let norms = (normA * normB).squareRoot()
        return norms > 0 ? Double(dot / norms) : 0
    }

    /// The sum of two vectors, whose direction is the mean meaning of two unit vectors: the
    /// embedding of sentences taken together.
    static func sum(_ a: [Float], _ b: [Float]) -> [Float] {
        zip(a, b).map { $0 + $1 }
    }
}
