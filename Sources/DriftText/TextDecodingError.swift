/// Why bytes could not be read as text. Byte offsets count from the start of the input,
/// including any byte order mark; lines and columns count from 1 (columns in bytes).
public enum TextDecodingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// No bytes, only a byte order mark, or only white space.
    case empty
    /// A NUL character: the input is binary, not text.
    case binary(byteOffset: Int)
    /// A byte sequence that is not UTF-8.
    case invalidUTF8(byteOffset: Int, line: Int, column: Int)
    /// Bytes that look like UTF-16 text without the byte order mark that would announce it.
    case utf16WithoutByteOrderMark(bigEndian: Bool)
    /// UTF-16 (announced by its byte order mark) with an unpaired surrogate or an odd length.
    case invalidUTF16(byteOffset: Int)

    public var description: String {
        switch self {
        case .empty:
            "the input has no text (it is empty or only white space)"
        case .binary(let offset):
            "binary data (a NUL byte at byte \(offset)); drift reads UTF-8 or UTF-16 text"
        case .invalidUTF8(let offset, let line, let column):
            "invalid UTF-8 at byte \(offset) (line \(line), column \(column))"
        case .utf16WithoutByteOrderMark(let bigEndian):
            "the input looks like UTF-16 (\(bigEndian ? "big" : "little")-endian) without a byte order mark; "
                + "drift reads UTF-16 only with one: convert it to UTF-8 (iconv -f UTF-16\(bigEndian ? "BE" : "LE") -t UTF-8)"
        case .invalidUTF16(let offset):
            "invalid UTF-16 at byte \(offset)"
        }
    }
}
