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

    @Test(
        arguments: [
            "", "{", "{\"a\" 1}", "[1 2]", "01", "\"\\x\"", "tru", "{} x", "\"\u{01}\"", "[1,]", "{\"a\": 1,}",
            "{,}", "[,1]", "-", "1.", "1e", "1e+", ".5", "+1", "\"\\u12g4\"", "'a'", "[1]]", "{\"a\"}", "{1: 2}",
            "nul", "True", "NaN", "[\"a\" \"b\"]",
        ])
    func rejects(_ text: String) {
        #expect(throws: RecordError.self) { try JSONValue(parsing: text) }
    }

    @Test(
        arguments: [
            "0", "-0", "-12.5e-3", "1E+2", "\"\"", "\" \\u00E9 \\/ \"", "[]", "{}", " [ [ ] , { } ] ", "true", "null",
            "{\"a\":{\"b\":[1,{\"c\":null}]}}", "\n\t[1]\r\n",
        ])
    func accepts(_ text: String) throws {
        _ = try JSONValue(parsing: text)
    }

    /// Nesting far deeper than any record is refused or read, never a crash.
    @Test func deepNestingIsSafe() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        _ = try? JSONValue(parsing: text)
        do {
            _ = try JSONValue(parsing: String(repeating: "[", count: depth))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "invalid JSON: the text ends too early")
            #expect(error.column == depth + 1)
        }
    }

    @Test(
        arguments: [
            ("{\"a\": 1,}", 1, 9, "unexpected character"), ("[1,\n2,\n", 3, 1, "the text ends too early"),
            ("{\"é\": x}", 1, 7, "unexpected character"), ("\"abc", 1, 5, "the text ends too early"),
        ] as [(String, Int, Int, String)])
    func syntaxErrorPlaces(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        do {
            _ = try JSONValue(parsing: text)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message == "invalid JSON: " + message)
        }
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
