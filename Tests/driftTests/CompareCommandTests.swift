import DriftRecords
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
        let document = try JSONValue(parsing: result.stdout)
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
        #expect(
            own.contains {
                $0["check"] == .string("duplicated-word") && $0["version"]?["text"] == .string("Minister Minister")
            })
        // With 000 as the only witness, 001’s “Peace through power!” is not settled (two must agree);
        // its garbled place and its boilerplate are found.
        guard case .array(let findings)? = versions[1]["findings"],
            case .array(let boilerplate)? = versions[1]["boilerplate"]
        else {
            Issue.record("no findings for 001")
            return
        }
        #expect(
            findings.contains {
                $0["check"] == .string("quote-altered") && $0["version"]?["text"] == .string("Peace through power!")
            } == false)
        #expect(findings.contains { $0["check"] == .string("name-garbled") && $0["suggestion"] == .string("Anbar") })
        #expect(boilerplate.contains { $0["text"] == .string("5 Min Read") && $0["reason"] == .string("read time") })
    }

    @Test func theSchemaCatchesAWrongDocument() throws {
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/compare.schema.json"))
        let wrong = try JSONValue(
            parsing: #"{"schema": "drift.compare/2", "reference": {"path": "a"}, "versions": [{"path": 3}]}"#)
        let problems = schema.violations(of: wrong)
        #expect(problems.contains("$.schema: expected \"drift.compare/1\""))
        #expect(problems.contains("$.reference: missing \"sentences\""))
        #expect(problems.contains { $0.hasPrefix("$.versions[0].path: expected string") })
        #expect(problems.contains("$.versions[0]: missing \"judgement\""))
    }

    @Test func textHasATableAndTheLinks() throws {
        let result = try CLI.run(["compare", "--width", "120", Self.reference] + Self.versions)
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

extension CompareCommandTests {
    static let allVersions = [
        "seeds/000_e9b24277e7831f18.txt", "seeds/001_7405a5fede031660.txt", "seeds/003_9460cee746a1b6c2.txt",
        "seeds/004_df8b31a6f8742c59.txt",
    ]

    @Test func theErrorScoreRanksTheParaphraseBestAndTheMachineTranslationWorst() throws {
        let result = try CLI.run(["compare", "--format", "json", Self.reference] + Self.allVersions)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONValue(parsing: result.stdout)
        guard case .array(let versions)? = document["versions"] else {
            Issue.record("no versions array")
            return
        }
        let scores = versions.compactMap { version -> Double? in
            if case .double(let score)? = version["judgement"]?["mqm"] { return score }
            if case .int(let score)? = version["judgement"]?["mqm"] { return Double(score) }
            return nil
        }
        try #require(scores.count == 4)
        #expect(scores[0] == scores.min(), "000 has the lowest error score: \(scores)")
        #expect(scores[1] == scores.max(), "001 has the highest error score: \(scores)")
        #expect(versions[1]["judgement"]?["verdict"] == .string("machine translation with errors"))
    }

    @Test func failOnAndMaxMQMGiveScriptsAnExitCode() throws {
        let mt = "seeds/001_7405a5fede031660.txt"
        #expect(try CLI.run(["compare", "--brief", Self.reference, mt]).status == 0)
        #expect(try CLI.run(["compare", "--brief", "--fail-on", "critical", Self.reference, mt]).status == 1)
        #expect(try CLI.run(["compare", "--brief", "--max-mqm", "1", Self.reference, mt]).status == 1)
        #expect(try CLI.run(["compare", "--brief", "--max-mqm", "1000", Self.reference, mt]).status == 0)
        // A copy of the reference (given on standard input) has nothing to fail on.
        let copy = try Data(contentsOf: URL(fileURLWithPath: Fixtures.root + "/" + Self.reference))
        #expect(
            try CLI.run(["compare", "--brief", "--fail-on", "critical", "-", Self.reference], stdin: copy).status == 0)
        #expect(try CLI.run(["compare", "--brief", "--fail-on", "serious", Self.reference, mt]).status == 2)
    }

    @Test func theTextTableHasTheErrorScore() throws {
        let result = try CLI.run(["compare", "--brief", Self.reference] + Self.versions)
        #expect(result.stdout.contains("mqm"))
    }

    @Test func theOutputFilesExtensionChoosesTheFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = "seeds/002_afb0eaf99028a645.txt"
        let version = "seeds/000_e9b24277e7831f18.txt"
        let html = folder.appendingPathComponent("report.html").path
        let written = try CLI.run(["compare", "--lexical", reference, version, "-o", html])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let json = folder.appendingPathComponent("result.json").path
        #expect(try CLI.run(["compare", "--lexical", reference, version, "-o", json]).status == 0)
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains("\"schema\":\"drift.compare/1\""))
        let conflict = try CLI.run(["compare", "--lexical", "--format", "json", reference, version, "-o", html])
        #expect(conflict.status == 2)
        #expect(conflict.stderr.contains("drift: error: --format json contradicts -o"))
    }

    @Test func theReferenceAmongTheVersionsIsLeftOutWithANote() throws {
        let reference = "seeds/002_afb0eaf99028a645.txt"
        let result = try CLI.run([
            "compare", "--lexical", "--format", "csv", reference, "seeds/000_e9b24277e7831f18.txt", "./" + reference,
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("drift: note: ./\(reference) is the reference; it is left out of the versions"))
        let rows = result.stdout.split(whereSeparator: \.isNewline).dropFirst()
        #expect(rows.count == 1 && rows.allSatisfy { $0.contains("000_e9b24277e7831f18") })
        let alone = try CLI.run(["compare", "--lexical", reference, reference])
        #expect(alone.status == 2 && alone.stderr.contains("give at least one VERSION other than the reference"))
    }

    /// Three versions add a sentence the reference lacks; one gives its year otherwise.
    @Test func aConsensusFindingCitesItsWitnessesAndFollowsTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "drift-consensus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let opening = "The council met on Monday. It approved 45 new homes near the river."
        let texts = [
            "reference.txt": opening + " The mayor said the plan would go ahead.\n",
            "a.txt": opening
                + " Residents had asked for the homes since 2019. The mayor said the plan would go ahead.\n",
            "b.txt": opening
                + " Residents had asked for the homes since 2019 . The mayor said the plan would go ahead.\n",
            "c.txt": opening
                + " Residents had asked for the homes since 2018. The mayor said the plan would go ahead.\n",
        ]
        for (name, text) in texts {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let paths = ["reference.txt", "a.txt", "b.txt", "c.txt"].map { folder.appendingPathComponent($0).path }
        let result = try CLI.run(["compare", "--lexical", "--format", "json"] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONValue(parsing: result.stdout)
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/compare.schema.json"))
        #expect(schema.violations(of: document) == [])
        // With three versions the record holds their collation around the reference.
        let collation = try #require(document["collation"])
        let collateSchema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/collate.schema.json"))
        #expect(collateSchema.violations(of: collation) == [])
        #expect(collation["pivot"] == .string(paths[0]))
        // drift report reads it back and prints what compare printed.
        let saved = folder.appendingPathComponent("saved.json")
        try result.stdout.write(to: saved, atomically: true, encoding: .utf8)
        let text = try CLI.run(["compare", "--lexical", "--color", "never", "--width", "100"] + paths)
        let reported = try CLI.run(["report", "--format", "text", "--color", "never", "--width", "100", saved.path])
        #expect(reported.status == 0 && reported.stdout == text.stdout, "\(reported.stderr)")
        guard case .array(let versions)? = document["versions"], case .array(let findings)? = versions.last?["findings"]
        else {
            Issue.record("no findings of c.txt")
            return
        }
        let consensus = try #require(findings.first { $0["check"] == .string("consensus") })
        #expect(consensus["message"] == .string("“2018” where 2 of 2 other versions have “2019”"))
        #expect(consensus["suggestion"] == .string("2019"))
        guard case .array(let witnesses)? = consensus["witnesses"] else {
            Issue.record("no witnesses")
            return
        }
        #expect(witnesses.map { $0["path"] } == [.string(paths[1]), .string(paths[2])])
    }
}
