import DriftRecords
import DriftTestSupport
import Foundation
import Testing

/// `drift batch` end to end, lexically (the debug build is slow with the encoder): the
/// output does not depend on the jobs, resume completes an interrupted run, standard input
/// gives a line per line, bad items give error records.
@Suite struct BatchCommandTests {
    /// A folder with three short stories and a manifest over them, one row of it broken.
    private final class Stories {
        let folder: String
        let manifest: String

        init() throws {
            folder = NSTemporaryDirectory() + "drift-batch-cli-" + UUID().uuidString
            let files = [
                "a/ref.txt":
                    "The minister resigned on Friday. She had led the ministry for six years. Her deputy takes over.",
                "a/mt.txt":
                    "The minister quit on Friday. She had led the ministry for six years. Her deputy takes over.",
                "a/wrong.txt":
                    "The minister resigned on Monday. She had led the ministry for sixteen years. Her deputy takes over.",
                "b/ref.txt":
                    "Heavy rain flooded the valley overnight. Hundreds of homes lost power. Schools stay closed on Tuesday.",
                "b/summary.txt": "Rain flooded the valley and cut power to hundreds of homes.",
                "b/binary.txt": "PNG\u{0}\u{0}\u{1A}",
            ]
            for (name, text) in files {
                let path = folder + "/" + name
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            }
            manifest = folder + "/manifest.csv"
            let rows = [
                "id,reference,version", "a-mt,a/ref.txt,a/mt.txt", "a-wrong,a/ref.txt,a/wrong.txt",
                "b-summary,b/ref.txt,b/summary.txt", "b-binary,b/ref.txt,b/binary.txt",
                "b-missing,b/ref.txt,b/none.txt",
                "a-same,a/ref.txt,a/ref.txt",
            ]
            try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: manifest))
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }
    }

    private func records(_ output: String) throws -> [JSONValue] {
        try output.split(separator: "\n").map { try JSONValue(parsing: $0) }
    }

    @Test func theOutputIsTheSameWhateverTheJobs() throws {
        let stories = try Stories()
        let one = try CLI.run(["batch", "--lexical", "--jobs", "1", stories.manifest])
        let two = try CLI.run(["batch", "--lexical", "--jobs", "2", stories.manifest])
        #expect(one.status == 1, "\(one.stderr)")
        #expect(one.stdout == two.stdout)
        #expect(one.stderr.contains("2 of 6 comparisons failed"))
        let lines = try records(one.stdout)
        #expect(
            lines.map { $0["id"] }
                == ["a-mt", "a-wrong", "b-summary", "b-binary", "b-missing", "a-same"].map(JSONValue.string))
        #expect(lines[0]["verdict"] != nil && lines[0]["reference"] == .string(stories.folder + "/a/ref.txt"))
        #expect(lines[5]["verdict"] == .string("faithful"))
        #expect(lines[3]["error"].map { "\($0)".contains("binary") } == true)
        #expect(lines[4]["path"] == .string(stories.folder + "/b/none.txt"))
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/batch.schema.json"))
        for line in lines { #expect(schema.violations(of: line) == []) }
    }

    @Test func resumeCompletesAnInterruptedRun() throws {
        let stories = try Stories()
        let whole = try CLI.run(["batch", "--lexical", stories.manifest])
        // An interrupted run: two records and the start of a third.
        let results = stories.folder + "/results.jsonl"
        let kept = whole.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix(2).joined(
            separator: "\n")
        try Data((kept + "\n{\"coverage\":0.5,\"dri").utf8).write(to: URL(fileURLWithPath: results))
        let resumed = try CLI.run(["batch", "--lexical", "--resume", results, stories.manifest])
        #expect(resumed.status == 1, "\(resumed.stderr)")
        #expect(try String(contentsOfFile: results, encoding: .utf8) == whole.stdout)
        // Nothing left: the file stays as it is.
        _ = try CLI.run(["batch", "--lexical", "--resume", results, stories.manifest])
        #expect(try String(contentsOfFile: results, encoding: .utf8) == whole.stdout)
    }

    @Test func standardInputGivesALinePerLineInOrder() throws {
        let reference = "The minister resigned on Friday. Her deputy takes over."
        var input = ""
        for index in 0..<12 {
            let version = index % 3 == 0 ? reference : "The minister resigned on day \(index). Her deputy takes over."
            input +=
                RecordCoding.json([
                    "id": JSONValue.int(index), "reference": .string(reference), "version": .string(version),
                ]) + "\n"
        }
        input += "{\"id\": 12, \"reference\": \"A.\"\n\n"
        input += #"{"reference": "A b c.", "versions": ["A b c.", "A b d."]}"# + "\n"
        let result = try CLI.run(["batch", "--stdin", "--lexical", "--jobs", "2"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        let lines = try records(result.stdout)
        #expect(lines.count == 14)
        #expect(lines.prefix(12).map { $0["id"] } == (0..<12).map { JSONValue.int($0) })
        #expect(lines[12]["id"] == .null)
        #expect(lines[0]["verdict"] == .string("faithful"))
        #expect(lines[0]["reference"] == nil)
        #expect(lines[12]["error"] != nil && lines[12]["line"] == .int(13))
        #expect(lines[13]["id"] == .int(15))
        guard case .array(let versions)? = lines[13]["versions"] else {
            Issue.record("no versions in \(lines[13])")
            return
        }
        #expect(versions.count == 2)
    }

    @Test func csvHasAHeaderAndARowPerVersion() throws {
        let stories = try Stories()
        let result = try CLI.run(["batch", "--lexical", "--format", "csv", stories.manifest])
        let rows = result.stdout.split(separator: "\r\n")
        #expect(
            rows.first == "id,reference,version,language,verdict,coverage,drift,garble,mqm,critical,major,minor,error")
        #expect(rows.count == 7)
        #expect(rows[4].hasPrefix("b-binary,") && rows[4].contains("binary"))
    }

    @Test func detailsHoldTheComparisonThatReportReads() throws {
        let stories = try Stories()
        let result = try CLI.run(["batch", "--lexical", "--details", "--jobs", "1", stories.manifest])
        let first = try #require(try records(result.stdout).first)
        let comparison = try #require(first["comparison"])
        #expect(comparison["schema"] == .string("drift.compare/1"))
        let compare = try CLI.run([
            "compare", "--lexical", "--format", "json", stories.folder + "/a/ref.txt", stories.folder + "/a/mt.txt",
        ])
        #expect(try JSONValue(parsing: compare.stdout) == comparison)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let stories = try Stories()
        #expect(try CLI.run(["batch", "--lexical"]).status == 2)
        #expect(try CLI.run(["batch", "--stdin", stories.manifest]).status == 2)
        #expect(try CLI.run(["batch", "--jobs", "0", stories.manifest]).status == 2)
        #expect(try CLI.run(["batch", "--stdin", "--resume", "x.jsonl"]).status == 2)
        let missing = try CLI.run(["batch", "--lexical", stories.folder + "/none.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.csv"))
    }
}
