/// Maps one encoder's cosines onto another's scale, piecewise linearly between points of equal
/// rank, so that the similarity model and the judge, fitted on MiniLM's cosines, read any
/// encoder's alike. multilingual-e5-small rates unrelated sentences about 0.75, MiniLM about
/// 0.05.
public struct CosineScale: Sendable, Hashable {
    /// The points, by raw cosine: each raw cosine and what it maps to. Below the first and
    /// above the last the end segments extend.
    public let points: [Point]

    /// A raw cosine and the cosine it stands for.
    public struct Point: Sendable, Hashable {
        public var raw: Double
        public var mapped: Double

        public init(raw: Double, mapped: Double) {
            self.raw = raw
            self.mapped = mapped
        }
    }

    /// The scale through `points` (at least two, raw cosines increasing).
    public init(points: [Point]) {
        self.points = points
    }

    /// The identity: cosines as they are.
    public static let identity = CosineScale(points: [])

    /// The cosine `raw` stands for, within [-1, 1].
    public func callAsFunction(_ raw: Double) -> Double {
        guard points.count >= 2 else { return raw }
        var upper = points.firstIndex { $0.raw >= raw } ?? points.count - 1
        upper = min(max(upper, 1), points.count - 1)
        let (a, b) = (points[upper - 1], points[upper])
        let t = b.raw > a.raw ? (raw - a.raw) / (b.raw - a.raw) : 0
        return min(1, max(-1, a.mapped + t * (b.mapped - a.mapped)))
    }
}
