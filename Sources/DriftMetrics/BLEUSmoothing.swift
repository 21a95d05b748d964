/// How BLEU treats n-gram orders without matches (Chen and Cherry, 2014).
public struct BLEUSmoothing: Sendable, Hashable {
    public enum Method: String, Sendable, CaseIterable {
        /// No smoothing: a zero precision makes BLEU zero.
        case none
        /// A zero count becomes `value` (default 0.1).
        case floor
        /// `value` (default 1) is added to counts and totals of orders above 1.
        case addK = "add-k"
        /// mteval's exponential smoothing (sacreBLEU's default).
        case exp
    }

    public var method: Method
    /// The method's parameter; nil means the method's default.
    public var value: Double?

    public init(_ method: Method = .exp, value: Double? = nil) {
        self.method = method
        self.value = value
    }

    /// The parameter in use: `value`, or the method's default (0.1 for floor, 1 for add-k).
    public var effectiveValue: Double? {
        switch method {
        case .none, .exp: nil
        case .floor: value ?? 0.1
        case .addK: value ?? 1
        }
    }

    /// The signature field, such as `exp` or `floor[0.10]`.
    var signature: String {
        guard let value = effectiveValue else { return method.rawValue }
        return "\(method.rawValue)[\(FixedPoint.format(value, digits: 2))]"
    }
}
