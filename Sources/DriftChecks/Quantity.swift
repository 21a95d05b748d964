/// A quantity read from text: a number with its kind, as written and as an exact value, so that
/// "4.2 million", "4,200,000" and "4.2m" are one quantity and "4.2" and "42" are two.
///
/// `QuantityReader` reads them; the pair judge and `NumberMismatchCheck` compare them.
public struct Quantity: Sendable, Hashable {
    /// What a quantity counts.
    public enum Kind: String, Sendable, Hashable {
        /// A cardinal number or an amount ("42", "two thousand", "4.2m", a year).
        case number
        /// A percentage ("50%", "50 per cent").
        case percent
        /// An ordinal ("3rd", "third").
        case ordinal
        /// A day of the week (1 = Monday).
        case day
        /// A month (1 = January).
        case month
    }

    /// What it counts.
    public var kind: Kind
    /// The exact value as a decimal: digits without leading or trailing zeros and a power of
    /// ten (`42` × 10⁵ for 4.2 million); zero is `"0"` × 10⁰.
    public var digits: String
    /// The power of ten of `digits`.
    public var exponent: Int
    /// The currency or unit beside the number, folded ("€", "euros", "km"), if any; not part of
    /// the value.
    public var unit: String?
    /// The first and one past the last of the tokens it was read from, in the reader's input.
    public var tokens: Range<Int>
    /// The quantity as written ("4.2 million", "50 per cent").
    public var text: String

    /// Whether two quantities are the same: same kind, same value (units are compared as words).
    public func isSame(as other: Quantity) -> Bool {
        kind == other.kind && digits == other.digits && exponent == other.exponent
    }

    /// The value as a plain decimal ("4200000", "0.42", "3"), with the kind before it for days,
    /// months, ordinals and percentages ("day 5", "percent 50").
    public var value: String {
        var plain: String
        if exponent >= 0 {
            plain = digits == "0" ? "0" : digits + String(repeating: "0", count: exponent)
        } else if -exponent >= digits.count {
            plain = "0." + String(repeating: "0", count: -exponent - digits.count) + digits
        } else {
            let point = digits.index(digits.endIndex, offsetBy: exponent)
            plain = digits[..<point] + "." + digits[point...]
        }
        return kind == .number ? plain : kind.rawValue + " " + plain
    }
}
