import Testing

@testable import DriftHTML

/// The view models reach the templates as dictionaries, arrays and plain values.
@Suite struct TemplateEncoderTests {
    struct Inner: Encodable {
        let label: String
        let count: Int
    }

    struct Model: Encodable {
        let title: String
        let number: Int
        let share: Double
        let flag: Bool
        let missing: String?
        let present: String?
        let inner: Inner
        let rows: [Inner]
        let small: Float
        let wide: Int64
    }

    @Test func structsBecomeDictionariesAndNilIsLeftOut() throws {
        let model = Model(
            title: "drift", number: 3, share: 0.5, flag: false, missing: nil, present: "here",
            inner: Inner(label: "a", count: 1), rows: [Inner(label: "b", count: 2), Inner(label: "c", count: 3)],
            small: 1.5, wide: 1 << 40)
        let value = try #require(TemplateEncoder.value(of: model) as? [String: Any])
        #expect(value["title"] as? String == "drift")
        #expect(value["number"] as? Int == 3)
        #expect(value["share"] as? Double == 0.5)
        #expect(value["flag"] as? Bool == false)
        #expect(value.keys.contains("missing") == false)
        #expect(value["present"] as? String == "here")
        let inner = try #require(value["inner"] as? [String: Any])
        #expect(inner["label"] as? String == "a" && inner["count"] as? Int == 1)
        let rows = try #require(value["rows"] as? [Any])
        #expect(rows.compactMap { ($0 as? [String: Any])?["label"] as? String } == ["b", "c"])
        #expect(value["small"] as? Double == 1.5)
        #expect(value["wide"] as? Int == 1 << 40)
    }

    @Test func plainValuesStayPlain() {
        #expect(TemplateEncoder.value(of: "x") as? String == "x")
        #expect(TemplateEncoder.value(of: [1, 2]) as? [Any] != nil)
        #expect(TemplateEncoder.value(of: UInt8(7)) as? Int == 7)
    }
}
