import DriftReport
import DriftTestSupport
import Foundation
import Testing

@Suite struct CompareCommandTests {
    static let reference = "seeds/002_afb0eaf99028a645.txt"
    static let versions = ["seeds/000_e9b24277e7831f18.txt", "seeds/001_7405a5fede031660.txt"]

    @Test func jsonFollowsTheSchema() throws {
        let result = try CLI.run(["compare", "--format", "json", Self.reference] + Self.versions)
        #expect(result.status == 0, "\(result.stderr)")
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/compare.schema.json"))
        let document = try JSONParser.parse(result.stdout)
        #expect(schema.violations(of: document) == [])
        #expect(document["schema"] == .string("drift.compare/1"))
        guard case .array(let versions)? = document["versions"] else {
            Issue.record("no versions array")
            return
        }
        #expect(versions.map { $0["path"] } == Self.versions.map { .string($0) })
        // The reference's own slip is reported with it.
        guard case .array(let own)? = document["reference"]?["findings"] else {
            Issue.record("no reference findings")
            return
        }
        #expect(own.contains { $0["check"] == .string("duplicated-word") && $0["version"]?["text"] == .string("Minister Minister") })
        // With 000 as the only witness, 001’s “Peace through power!” is not settled (two must agree);
        // its garbled place and its boilerplate are found.
        guard case .array(let findings)? = versions[1]["findings"], case .array(let boilerplate)? = versions[1]["boilerplate"] else {
            Issue.record("no findings for 001")
            return
        }
        #expect(findings.contains { $0["check"] == .string("quote-altered") && $0["version"]?["text"] == .string("Peace through power!") } == false)
        #expect(findings.contains { $0["check"] == .string("name-garbled") && $0["suggestion"] == .string("Anbar") })
        #expect(boilerplate.contains { $0["text"] == .string("5 Min Read") && $0["reason"] == .string("read time") })
    }

    @Test func theSchemaCatchesAWrongDocument() throws {
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/compare.schema.json"))
        let wrong = try JSONParser.parse(#"{"schema": "drift.compare/2", "reference": {"path": "a"}, "versions": [{"path": 3}]}"#)
        let problems = schema.violations(of: wrong)
        #expect(problems.contains("$.schema: expected \"drift.compare/1\""))
        #expect(problems.contains("$.reference: missing \"sentences\""))
        #expect(problems.contains { $0.hasPrefix("$.versions[0].path: expected string") })
        #expect(problems.contains("$.versions[0]: missing \"judgement\""))
    }

    @Test func textHasATableAndTheLinks() throws {
        let result = try CLI.run(["compare", "--width", "100", Self.reference] + Self.versions)
        #expect(result.status == 0)
        #expect(result.stdout.contains("verdict"))
        #expect(result.stdout.contains("machine translation with errors"))
        #expect(result.stdout.contains("══ seeds/000_e9b24277e7831f18.txt: "))
        #expect(result.stdout.contains("names spelled otherwise: Anbar → Amber"))
        #expect(result.stdout.contains(" │ "))
        let brief = try CLI.run(["compare", "--brief", Self.reference] + Self.versions)
        #expect(!brief.stdout.contains(" │ "))
        #expect(brief.stdout.contains("labels: "))
    }

    @Test func aMissingVersionIsAnInputError() throws {
        let result = try CLI.run(["compare", Self.reference, "no/such/file.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/file.txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aVersionIsRequired() throws {
        let result = try CLI.run(["compare", Self.reference])
        #expect(result.status == 2)
    }
}
