import DriftAlign

/// A stand-in for the sentence encoder in unit tests: a sentence's vector counts its letters
/// a–z, so texts with the same letters have cosine 1, and the figures are known in advance.
public final class LetterEmbedder: SentenceEmbedder {
    /// How many sentences were embedded, over all calls.
    public private(set) var embedded = 0

    public init() {}

    public func embed(_ sentences: [String]) -> [[Float]] {
        embedded += sentences.count
        return sentences.map { sentence in
            var vector = [Float](repeating: 0, count: 26)
            for scalar in sentence.lowercased().unicodeScalars where ("a"..."z").contains(scalar) {
                vector[Int(scalar.value - 97)] += 1
            }
            return vector
        }
    }
}
