/// How records write scores: four decimals, so that saved figures do not pretend to precision.
enum Rounded {
    static func fourDecimals(_ value: Double) -> Double {
        (value * 10_000).rounded() / 10_000
    }
}
