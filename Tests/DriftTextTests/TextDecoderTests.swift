import DriftTestSupport
import DriftText
import Testing

@Suite struct TextDecoderTests {
    @Test func plainUTF8() throws {
        #expect(try TextDecoder.decode(Array("Héllo".utf8)) == "Héllo")
    }

    @Test func byteOrderMarkIsDropped() throws {
        let string = try TextDecoder.decode(try Fixtures.bytes(Fixtures.path("input/bom-utf8.txt")))
        #expect(string.hasPrefix("Hello"))
        #expect(string.unicodeScalars.count == 30)
    }

    @Test(arguments: ["input/utf16le.txt", "input/utf16be.txt"])
    func utf16WithByteOrderMark(_ path: String) throws {
        let string = try TextDecoder.decode(try Fixtures.bytes(Fixtures.path(path)))
        #expect(string == "Hello there. Émile left 😀 early.\n")
    }

    @Test func invalidUTF8NamesTheByte() throws {
        let bytes = try Fixtures.bytes(Fixtures.path("input/invalid-utf8.txt"))
        #expect(throws: TextDecodingError.invalidUTF8(byteOffset: 48, line: 2, column: 29)) {
            try TextDecoder.decode(bytes)
        }
        #expect(try TextDecoder.decode(bytes, lossy: true).contains("\u{FFFD} here"))
    }

    @Test func truncatedSequenceAtTheEnd() {
        #expect(throws: TextDecodingError.invalidUTF8(byteOffset: 3, line: 1, column: 4)) {
            try TextDecoder.decode([0x61, 0x62, 0x63, 0xE2, 0x82])
        }
    }

    @Test(arguments: ["input/empty.txt", "input/bom-only.txt", "input/whitespace.txt"])
    func emptyInput(_ path: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.path(path))
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode(bytes) }
    }

    @Test func binaryInput() throws {
        let bytes = try Fixtures.bytes(Fixtures.path("input/binary.bin"))
        #expect(throws: TextDecodingError.binary(byteOffset: 4)) { try TextDecoder.decode(bytes) }
    }

    @Test func badUTF16() {
        // Little-endian BOM, "a", then an unpaired high surrogate.
        #expect(throws: TextDecodingError.invalidUTF16(byteOffset: 4)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00])
        }
        #expect(throws: TextDecodingError.invalidUTF16(byteOffset: 4)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00, 0x62])
        }
    }

    @Test func messagesSayWhere() {
        let message = TextDecodingError.invalidUTF8(byteOffset: 48, line: 2, column: 29).description
        #expect(message.contains("byte 48"))
        #expect(message.contains("line 2"))
        #expect(message.contains("column 29"))
    }
}
