/// Turns the bytes of a file into a string: UTF-8 (a byte order mark is dropped) or UTF-16 with
/// a byte order mark.
///
/// Offsets into the decoded text count from the first character after the byte order mark.
/// Line endings are kept as they are (CRLF stays CRLF), so offsets match the file.
public enum TextDecoder {
    /// Decodes `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - lossy: Replace invalid sequences with U+FFFD instead of failing.
    /// - Returns: The text.
    /// - Throws: `TextDecodingError` for empty, binary or badly encoded input.
    public static func decode(_ bytes: [UInt8], lossy: Bool = false) throws(TextDecodingError) -> String {
        let string: String
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            string = try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, lossy: lossy)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            string = try decodeUTF8(body, lossy: lossy)
        }
        guard string.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        return string
    }

    /// Decodes one line of UTF-8 as it is (no byte order mark, white space kept, an empty line
    /// allowed); error offsets count from the line's first byte.
    public static func decodeLine(_ bytes: [UInt8], lossy: Bool = false) throws(TextDecodingError) -> String {
        try decodeUTF8(bytes[...], lossy: lossy)
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, lossy: Bool) throws(TextDecodingError) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            if let bigEndian = utf16WithoutByteOrderMark(bytes) {
                throw .utf16WithoutByteOrderMark(bigEndian: bigEndian)
            }
            throw .binary(byteOffset: nul)
        }
        if let string = String(validating: bytes, as: UTF8.self) { return string }
        if lossy { return String(decoding: bytes, as: UTF8.self) }
        let offset = firstInvalidUTF8Offset(bytes)
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let line = 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        throw .invalidUTF8(byteOffset: offset, line: line, column: offset - lineStart + 1)
    }

    /// Whether bytes with NULs look like UTF-16 text without its byte order mark: in the first
    /// 4 KiB, at least a third of the code units have a zero high byte on one side only, as
    /// Latin text in UTF-16 has. Returns whether it is big-endian, or nil.
    private static func utf16WithoutByteOrderMark(_ bytes: ArraySlice<UInt8>) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (k, byte) in sample.enumerated() where byte == 0 {
            if k % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let units = sample.count / 2
        if zeros.odd * 3 >= units && zeros.even * 20 <= units { return false }
        if zeros.even * 3 >= units && zeros.odd * 20 <= units { return true }
        return nil
    }

    /// The index of the first byte that starts no valid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, lossy: Bool) throws(TextDecodingError) -> String
    {
        let body = bytes.dropFirst(2)
        if body.count % 2 == 1, !lossy { throw .invalidUTF16(byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let (high, low) = bigEndian ? (body[index], body[index + 1]) : (body[index + 1], body[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        if let nul = units.firstIndex(of: 0) { throw .binary(byteOffset: 2 + 2 * nul) }
        if let string = String(validating: units, as: UTF16.self) { return string }
        if lossy { return String(decoding: units, as: UTF16.self) }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var unitOffset = 0
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) { unitOffset += encoded.count }
        throw .invalidUTF16(byteOffset: 2 + 2 * unitOffset)
    }
}
