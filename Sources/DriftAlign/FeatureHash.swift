/// 32-bit FNV-1a hashes of features, with a namespace so that a stem and a name skeleton that
/// spell alike stay apart. Stable across runs, unlike `Hasher`.
enum FeatureHash {
    enum Namespace: UInt8 {
        case stem = 1, name = 2, number = 3
    }

    static func hash(_ string: String, in namespace: Namespace) -> UInt32 {
        var h: UInt32 = 2_166_136_261 ^ UInt32(namespace.rawValue)
        for byte in string.utf8 {
            h = (h ^ UInt32(byte)) &* 16_777_619
        }
        return h
    }

    /// A hash of three scalar values (a character trigram).
    static func hash(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(a)) &* prime
        h = (h ^ UInt64(b)) &* prime
        h = (h ^ UInt64(c)) &* prime
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
