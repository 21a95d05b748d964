/// How scores are written for people: two decimals, as every text output and the verdict's
/// reason show them.
public enum Rounding {
    /// `value` with two decimals, `0.36`; no locale, no exponent.
    public static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }

    /// A share as a whole percentage, `71 %`.
    public static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
