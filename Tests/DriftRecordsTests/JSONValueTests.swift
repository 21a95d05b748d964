import DriftRecords
import Testing

@Suite struct JSONValueTests {
    @Test func escaping() {
        let value = JSONValue.string("quote \" backslash \\ newline \n tab \t nul \u{0} sep \u{2028} é 😀")
        #expect(value.serialized == #""quote \" backslash \\ newline \n tab \t nul \u0000 sep \u2028 é 😀""#)
    }

    @Test func keyOrderIsKept() {
        let value = JSONValue.object([("z", .int(1)), ("a", .array([.bool(true), .null, .double(0.5)]))])
        #expect(value.serialized == #"{"z":1,"a":[true,null,0.5]}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(JSONValue.double(.nan).serialized == "null")
        #expect(JSONValue.double(.infinity).serialized == "null")
    }
}
