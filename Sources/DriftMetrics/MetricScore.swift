/// A score of a metric, as sacreBLEU prints it: a name, a value and a detail string.
public protocol MetricScore: Sendable {
    /// The metric's name as sacreBLEU prints it: `BLEU`, `chrF2`, `chrF2++`, `TER`.
    var name: String { get }
    /// The score, 0–100 (TER can exceed 100).
    var score: Double { get }
    /// What sacreBLEU prints after the score (BLEU's precisions and brevity penalty), or "".
    var verbose: String { get }
}

extension MetricScore {
    /// sacreBLEU's one-line form, `BLEU|<signature> = 28.7 59.8/34.2/…`, with `width` decimals.
    public func formatted(width: Int = 2, signature: Signature? = nil) -> String {
        let head = signature.map { "\(name)|\($0)" } ?? name
        let line = "\(head) = \(fixed(width: width))"
        return verbose.isEmpty ? line : line + " " + verbose
    }
}

extension MetricScore {
    /// The score with `width` decimals, rounded as Python's `f"{score:.{width}f}"`.
    public func fixed(width: Int) -> String { FixedPoint.format(score, digits: width) }
}

extension BootstrapEstimate {
    /// sacreBLEU's `μ = 28.7 ± 1.2` with `width` decimals.
    public func interval(width: Int) -> String {
        "μ = \(FixedPoint.format(mean, digits: width)) ± \(FixedPoint.format(halfWidth, digits: width))"
    }
}
