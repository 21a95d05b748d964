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
        let line = "\(head) = \(Decimal.fixed(score, digits: width))"
        return verbose.isEmpty ? line : line + " " + verbose
    }
}
