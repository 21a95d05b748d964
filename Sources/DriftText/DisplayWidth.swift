/// How many columns of a terminal text takes: two for a wide or fullwidth character by the
/// Unicode East Asian Width property (`W`, `F`: Chinese, Japanese, Korean), none for a combining
/// mark, a format or a control character, one for any other.
///
/// A character (a grapheme cluster) takes the columns of its widest code point, so a letter
/// with its combining accents takes one. The corresponding ICU functions are
/// `u_getIntPropertyValue` with `UCHAR_EAST_ASIAN_WIDTH`, and `u_charType` (through `U_GET_GC_MASK`).
public enum DisplayWidth {
    /// The columns of one code point: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Printable ASCII is narrow: no need to ask ICU.
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        if icuIsZeroWidth(scalar) { return 0 }
        return icuIsWide(scalar) ? 2 : 1
    }

    /// The columns of one character: those of its widest code point.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { max($0, of($1)) }
    }

    /// The columns of a text: the sum over its characters.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}
