import DriftText

/// A reproducibility signature in sacreBLEU's format, `key:value` pairs joined by `|`, such as
/// `nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|drift:0.1.0`.
///
/// sacreBLEU ends its signatures with `version:<sacreBLEU version>`; drift writes
/// `drift:<drift version>` there instead, so that nobody mistakes a drift score for one
/// sacreBLEU computed, while every other field reads as sacreBLEU's.
public struct Signature: Sendable, Hashable, CustomStringConvertible {
    /// The fields in order, the version last.
    public private(set) var fields: [(key: String, value: String)]

    /// Creates a signature from metric fields; `nrefs` comes first and `drift` last.
    public init(referenceCount: Int, fields: [(String, String)]) {
        self.fields = [("nrefs", String(referenceCount))] + fields.map { (key: $0.0, value: $0.1) }
        self.fields.append((key: "drift", value: DriftVersion.string))
    }

    /// Records a bootstrap test: `bs` (resamples) and `seed` follow `nrefs`, where sacreBLEU
    /// puts them.
    public mutating func addBootstrap(resamples: Int, seed: UInt64) {
        fields.insert(contentsOf: [(key: "bs", value: String(resamples)), (key: "seed", value: String(seed))], at: 1)
    }

    public var description: String { fields.map { "\($0.key):\($0.value)" }.joined(separator: "|") }

    public static func == (lhs: Signature, rhs: Signature) -> Bool { lhs.description == rhs.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
