/// A decoded text with the maps between its two offset systems.
///
/// Every public offset in drift is a Unicode scalar (code point) offset into the original text,
/// `[start, end)`, 0-based. ICU works in UTF-16 code units; `Text` keeps both views and converts
/// between them in O(log k), where k is the number of scalars outside the Basic Multilingual
/// Plane (usually zero, so the maps cost nothing for most text).
public struct Text: Sendable, Equatable, Codable {
    /// The text as a Swift string.
    public let string: String
    /// The Unicode scalars of the text; `scalars[i]` is the scalar at offset `i`.
    public let scalars: [Unicode.Scalar]
    /// The UTF-16 code units of the text, as ICU sees them.
    public let utf16: [UInt16]
    /// Scalar offsets of the scalars that take two UTF-16 code units, ascending.
    private let astralOffsets: [Int]
    /// Scalar offsets of the line feeds, ascending.
    private let lineFeedOffsets: [Int]
    /// The UTF-8 offset of every `utf8Stride`-th scalar, so that a scalar range's text is cut
    /// from the string's bytes without walking it from the start.
    private let utf8Checkpoints: [Int]
    private static let utf8Stride = 64

    /// Creates a text from a string.
    public init(_ string: String) {
        self.string = string
        let scalars = Array(string.unicodeScalars)
        self.scalars = scalars
        self.utf16 = Array(string.utf16)
        var astral: [Int] = []
        var lineFeeds: [Int] = []
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(scalars.count / Self.utf8Stride + 1)
        var utf8Offset = 0
        for (offset, scalar) in scalars.enumerated() {
            if offset % Self.utf8Stride == 0 { checkpoints.append(utf8Offset) }
            utf8Offset += UTF8.width(scalar)
            if scalar.value > 0xFFFF { astral.append(offset) } else if scalar == "\n" { lineFeeds.append(offset) }
        }
        self.astralOffsets = astral
        self.lineFeedOffsets = lineFeeds
        self.utf8Checkpoints = checkpoints
    }

    /// Decodes a text from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }

    /// Texts are equal when their strings are.
    public static func == (lhs: Text, rhs: Text) -> Bool { lhs.string == rhs.string }

    /// The number of Unicode scalars in the text.
    public var count: Int { scalars.count }

    /// The UTF-16 offset of the scalar at `scalarOffset` (or of the end, for `count`).
    public func utf16Offset(ofScalar scalarOffset: Int) -> Int {
        scalarOffset + Self.prefixCount(astralOffsets.count) { j in astralOffsets[j] < scalarOffset }
    }

    /// The scalar offset of the UTF-16 offset `utf16Offset`. An offset inside a surrogate pair
    /// maps to the start of that scalar.
    public func scalarOffset(ofUTF16 utf16Offset: Int) -> Int {
        // The j-th astral scalar starts at UTF-16 offset astralOffsets[j] + j.
        utf16Offset - Self.prefixCount(astralOffsets.count) { j in astralOffsets[j] + j < utf16Offset }
    }

    /// The text of a scalar range.
    public subscript(range: Range<Int>) -> String {
        let utf8 = string.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Offset(ofScalar: range.lowerBound))
        let end = utf8.index(
            start, offsetBy: utf8Offset(ofScalar: range.upperBound) - utf8Offset(ofScalar: range.lowerBound))
        return String(string[start..<end])
    }

    /// The UTF-8 offset of the scalar at `scalarOffset` (or of the end, for `count`): from the
    /// checkpoint before it, at most `utf8Stride - 1` scalars on.
    private func utf8Offset(ofScalar scalarOffset: Int) -> Int {
        let checkpoint = scalarOffset / Self.utf8Stride
        guard checkpoint < utf8Checkpoints.count else { return string.utf8.count }
        var offset = utf8Checkpoints[checkpoint]
        for scalar in scalars[(checkpoint * Self.utf8Stride)..<scalarOffset] { offset += UTF8.width(scalar) }
        return offset
    }

    /// The line, from 1, of the scalar at `offset`: one more than the line feeds before it.
    public func line(of offset: Int) -> Int {
        1 + Self.prefixCount(lineFeedOffsets.count) { j in lineFeedOffsets[j] < offset }
    }

    /// The UTF-16 code units of a scalar range.
    public func utf16Units(of range: Range<Int>) -> ArraySlice<UInt16> {
        utf16[utf16Offset(ofScalar: range.lowerBound)..<utf16Offset(ofScalar: range.upperBound)]
    }

    /// The number of indices `j` in `0..<count` for which `isBefore(j)` holds, by binary
    /// search; it must hold for a prefix of them.
    private static func prefixCount(_ count: Int, where isBefore: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(mid) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
