/// A sentence and its embedding, as `drift embed` writes it; the vector's values rounded to
/// six decimals.
public struct EmbeddingRecord: Codable, Sendable, Equatable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var vector: [Double]

    /// The record of the `index`th text, at `span` of its document, embedded as `vector`.
    public init(index: Int, span: Range<Int>, text: String, vector: [Float]) {
        self.index = index
        start = span.lowerBound
        end = span.upperBound
        self.text = text
        self.vector = vector.map { (Double($0) * 1e6).rounded() / 1e6 }
    }
}
