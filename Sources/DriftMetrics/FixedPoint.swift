#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fixed-point formatting as Python's `f"{x:.{digits}f}"` does it: correctly rounded from the
/// binary value, ties to even.
public enum FixedPoint {
    /// `value` with `digits` decimals.
    public static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let size = 32 + max(0, Int(log10(max(1, abs(value))))) + digits
        var buffer = [CChar](repeating: 0, count: size)
        let count = withVaList([value]) { vsnprintf(&buffer, size, "%.\(digits)f", $0) }
        return String(
            decoding: buffer.prefix(min(max(Int(count), 0), size - 1)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
