import DriftRecords
import Testing

/// JSON text read into a `JSONValue` by `JSONDecoder`: every value kind, and syntax errors with
/// their place.
@Suite struct JSONParsingTests {
    @Test func roundTrip() throws {
        let text = #"{"id":[1,-2.5e3,true,null],"s":"a\"b\\c\n\u00e9\ud83d\ude00","o":{}}"#
        let value = try JSONValue(parsing: text)
        #expect(value["s"] == .string("a\"b\\c\né😀"))
        // An integral number reads as an integer, however it is written.
        #expect(value["id"] == .array([.int(1), .int(-2500), .bool(true), .null]))
        #expect(value["o"] == .object([]))
        #expect(try JSONValue(parsing: value.serialized) == value)
        #expect(try JSONValue(parsing: RecordCoding.json(value)) == value)
    }

    @Test(arguments: ["", "{", "{\"a\" 1}", "[1 2]", "01", "\"\\x\"", "tru", "{} x", "\"\u{01}\""])
    func rejects(_ text: String) {
        #expect(throws: RecordError.self) { try JSONValue(parsing: text) }
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() {
        do {
            _ = try JSONValue(parsing: "{\"a\": [1,\n 2,, 3]}")
            Issue.record("expected an error")
        } catch {
            #expect(error.isSyntaxError)
            #expect(error.line == 2)
            #expect(error.column == 4)
            #expect(error.description.hasPrefix("invalid JSON"))
            #expect(error.description.hasSuffix("at character 4"))
        }
    }
}
