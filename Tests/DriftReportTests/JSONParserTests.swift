import DriftReport
import Testing

@Suite struct JSONParserTests {
    @Test func roundTrip() throws {
        let text = #"{"id":[1,-2.5e3,true,null],"s":"a\"b\\c\n\u00e9\ud83d\ude00","o":{}}"#
        let value = try JSONParser.parse(text)
        #expect(value["s"] == .string("a\"b\\c\né😀"))
        #expect(value["id"] == .array([.int(1), .double(-2500), .bool(true), .null]))
        #expect(value["o"] == .object([]))
        #expect(try JSONParser.parse(value.serialized) == value)
    }

    @Test(arguments: ["", "{", "{\"a\" 1}", "[1,]", "01", "\"\\x\"", "tru", "{} x", "\"\u{01}\"", "\"\\ud800\""])
    func rejects(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func errorNamesThePosition() {
        do {
            _ = try JSONParser.parse(#"{"a": [1, 2,, 3]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 12)
            #expect(error.description.contains("character 13"))
        }
    }
}
