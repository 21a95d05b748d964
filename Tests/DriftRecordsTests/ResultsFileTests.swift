import DriftKit
import DriftRecords
import Testing

/// Saved `drift.compare/1` results read back: one document or JSON lines, bad entries reported
/// with their place while the others are kept.
@Suite struct ResultsFileTests {
    static let document: JSONValue = {
        let comparison = try! Comparison(wordNet: nil)
        let report = comparison.compare(
            reference: Document(
                path: "ref.txt", string: "The minister arrived on Monday. He spoke for an hour.\n\nShare This Article"),
            versions: [
                Document(path: "a.txt", string: "The minister arrived on Tuesday. He spoke for an hour."),
                Document(path: "b.txt", string: "The minister came on Monday. He talked for an hour or two."),
            ])
        return try! JSONValue(parsing: ComparisonRecord(report).json)
    }()

    /// `document` with the member at `path` replaced by `value` (nil removes it).
    static func edited(_ value: JSONValue, _ path: ArraySlice<String>, to replacement: JSONValue?) -> JSONValue {
        guard let key = path.first else { return replacement ?? .null }
        switch value {
        case .object(let members):
            return .object(
                members.compactMap { member in
                    guard member.0 == key else { return member }
                    if path.count == 1 && replacement == nil { return nil }
                    return (member.0, edited(member.1, path.dropFirst(), to: replacement))
                })
        case .array(let values):
            let index = Int(key)!
            return .array(values.enumerated().map { $0 == index ? edited($1, path.dropFirst(), to: replacement) : $1 })
        default: return value
        }
    }

    @Test func aDocumentReadsBackWhole() throws {
        let file = ResultsFile(text: Self.document.pretty(), path: "results.json")
        #expect(file.failures.isEmpty)
        let record = try #require(file.records.first)
        #expect(record.reference.path == "ref.txt")
        #expect(record.reference.text.string.hasPrefix("The minister arrived on Monday."))
        #expect(record.reference.boilerplate.map(\.reason) == ["share prompt"])
        #expect(record.versions.map(\.document.path) == ["a.txt", "b.txt"])
        let first = record.versions[0]
        #expect(first.links.count == 2)
        #expect(first.document.findings.map(\.check) == [.numberMismatch])
        #expect(first.document.findings.first?.reference?.text == "Monday")
        for link in first.links {
            if let span = link.version { #expect(span.upperBound <= first.document.text.count) }
        }
    }

    @Test func aRecordSurvivesItsJSON() throws {
        let record = try ComparisonRecord(json: Self.document.serialized)
        let again = try ComparisonRecord(json: record.json)
        #expect(again == record)
        #expect(again.json == record.json)
        #expect(record.versions[0].judgement.errors != nil)
    }

    @Test func theJSONHasSortedKeys() throws {
        let record = try ComparisonRecord(json: Self.document.serialized)
        guard case .object(let members) = try JSONValue(parsing: record.json) else {
            Issue.record("the record is not a JSON object")
            return
        }
        let keys = members.map(\.0)
        #expect(keys == keys.sorted())
        #expect(keys == ["embeddings", "language", "reference", "schema", "versions"])
    }

    /// A record saved before the error score and the word accounting (the same schema, without
    /// `mqm`, `errors` and the links' `accounting`) still reads, with those left empty.
    @Test func aRecordFromBeforeTheErrorScoreReads() throws {
        var old = Self.edited(Self.document, ["versions", "0", "judgement", "mqm"], to: nil)
        old = Self.edited(old, ["versions", "0", "judgement", "errors"], to: nil)
        old = Self.edited(old, ["versions", "0", "links", "0", "accounting"], to: nil)
        let file = ResultsFile(text: old.serialized, path: "old.json")
        #expect(file.failures.isEmpty)
        let version = try #require(file.records.first?.versions.first)
        #expect(version.judgement.mqm == nil)
        #expect(version.judgement.errors == nil)
        #expect(version.links[0].accounting.isEmpty)
    }

    @Test func jsonLinesKeepTheGoodAndNameTheBad() {
        let good = Self.document.serialized
        let wrongSchema = Self.edited(Self.document, ["schema"], to: .string("drift.align/1")).serialized
        let text = [good, "{not json", "", good, wrongSchema].joined(separator: "\n")
        let file = ResultsFile(text: text, path: "batch.jsonl")
        #expect(file.records.count == 2)
        #expect(file.failures.map(\.line) == [2, 5])
        #expect(file.failures[0].description.hasPrefix("batch.jsonl:2: invalid JSON"))
        #expect(
            file.failures[1].description
                == "batch.jsonl:5: schema: expected \"drift.compare/1\", the output of drift compare --format json")
    }

    @Test func aBrokenDocumentIsOneErrorAtItsPlace() {
        let pretty = Self.document.pretty()
        let cut = String(pretty.prefix(pretty.count / 2))
        let file = ResultsFile(text: cut, path: "results.json")
        #expect(file.records.isEmpty)
        #expect(file.failures.count == 1)
        let lines = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(file.failures.first?.line == lines)
        #expect(file.failures.first?.description.hasPrefix("results.json:\(lines): invalid JSON: ") == true)
    }

    @Test(
        arguments: [
            (["versions", "0", "links", "1", "drift"], nil, "versions[0].links[1].drift: missing"),
            (
                ["versions", "1", "judgement", "verdict"], JSONValue.string("great"),
                "versions[1].judgement.verdict: unknown value \"great\""
            ),
            (
                ["versions", "0", "links", "0", "version"], .array([.int(5), .int(99_999)]),
                "versions[0].links[0].version: [5, 99999] is outside 0…54"
            ),
            (["reference", "findings"], .string("none"), "reference.findings: expected an array"),
        ] as [([String], JSONValue?, String)])
    func aBrokenMemberIsNamed(_ path: [String], _ replacement: JSONValue?, _ message: String) {
        let broken = Self.edited(Self.document, path[...], to: replacement)
        let file = ResultsFile(text: broken.serialized, path: "results.json")
        #expect(file.records.isEmpty)
        #expect(file.failures.map(\.description) == ["results.json: \(message)"])
    }
}
