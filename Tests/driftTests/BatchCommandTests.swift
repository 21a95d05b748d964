import DriftRecords
import DriftTestSupport
import Foundation
import Testing

/// `drift batch` end to end, lexically (the debug build is slow with the encoder): the
/// output does not depend on the jobs, resume completes an interrupted run, standard input
/// gives a line per line, bad items give error records.
@Suite struct BatchCommandTests {
    private func records(_ output: String) throws -> [JSONValue] {
        try output.split(separator: "\n").map { try JSONValue(parsing: $0) }
    }

    @Test func theOutputIsTheSameWhateverTheJobs() throws {
        let stories = try BatchStories()
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
        let stories = try BatchStories()
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
        let stories = try BatchStories()
        let result = try CLI.run(["batch", "--lexical", "--format", "csv", stories.manifest])
        let rows = result.stdout.split(separator: "\r\n")
        #expect(
            rows.first == "id,reference,version,language,verdict,coverage,drift,garble,mqm,critical,major,minor,error")
        #expect(rows.count == 7)
        #expect(rows[4].hasPrefix("b-binary,") && rows[4].contains("binary"))
    }

    @Test func detailsHoldTheComparisonThatReportReads() throws {
        let stories = try BatchStories()
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
        let stories = try BatchStories()
        #expect(try CLI.run(["batch", "--lexical"]).status == 2)
        #expect(try CLI.run(["batch", "--stdin", stories.manifest]).status == 2)
        #expect(try CLI.run(["batch", "--jobs", "0", stories.manifest]).status == 2)
        #expect(try CLI.run(["batch", "--stdin", "--resume", "x.jsonl"]).status == 2)
        let missing = try CLI.run(["batch", "--lexical", stories.folder + "/none.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.csv"))
    }

    @Test func aReportOfDetailedResultsIsAnIndexWithAPagePerComparison() throws {
        let stories = try BatchStories()
        let results = stories.folder + "/results.jsonl"
        let batch = try CLI.run(["batch", "--lexical", "--details", "-o", results, stories.manifest])
        #expect(batch.status == 1, "\(batch.stderr)")
        let folder = stories.folder + "/report"
        let report = try CLI.run(["report", results, "-o", folder])
        #expect(report.status == 0, "\(report.stderr)")
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        // A row per comparison, the failed ones first, then the worst.
        let ids = index.matches(of: /<tr class="item [^"]*" data-id="([^"]*)"/).map { String($0.output.1) }
        #expect(ids.count == 6)
        #expect(Array(ids.prefix(2)) == ["b-binary", "b-missing"])
        #expect(ids.last == "a-same")
        // Every comparison that was made has its own page, linked from its row.
        let links = index.matches(of: /<a href="(comparisons\/[^"]+)">([^<]+)<\/a>/).map {
            (String($0.output.1), String($0.output.2))
        }
        #expect(links.map(\.1).sorted() == ["a-mt", "a-same", "a-wrong", "b-summary"])
        for (link, id) in links {
            let page = try String(contentsOfFile: folder + "/" + link, encoding: .utf8)
            #expect(page.contains("<title>drift report"), "\(id)")
            #expect(page.contains(id == "b-summary" ? "b/summary.txt" : "a/ref.txt"), "\(id)")
        }
        #expect(index.contains("none.txt: cannot read"))
        // The same results as CSV are the batch's own CSV; as text, the detailed comparisons.
        let csv = try CLI.run(["report", results, "--format", "csv"])
        let direct = try CLI.run(["batch", "--lexical", "--format", "csv", stories.manifest])
        #expect(csv.status == 0 && csv.stdout == direct.stdout)
        let text = try CLI.run(["report", results, "--format", "text", "--brief"])
        #expect(text.status == 0 && text.stdout.contains("a/wrong.txt"))
    }

    @Test func batchResultsWithoutAFolderOrDetailsAreRefused() throws {
        let stories = try BatchStories()
        let results = stories.folder + "/results.jsonl"
        _ = try CLI.run(["batch", "--lexical", "-o", results, stories.manifest])
        let noFolder = try CLI.run(["report", results])
        #expect(noFolder.status == 2 && noFolder.stderr.contains("-o report/"))
        let noDetails = try CLI.run(["report", results, "--format", "text"])
        #expect(noDetails.status == 2 && noDetails.stderr.contains("--details"))
        let comparison = stories.folder + "/comparison.json"
        _ = try CLI.run([
            "compare", "--lexical", "--format", "json", "-o", comparison, stories.folder + "/a/ref.txt",
            stories.folder + "/a/mt.txt",
        ])
        let mixed = try CLI.run(["report", "--format", "csv", results, comparison])
        #expect(mixed.status == 2 && mixed.stderr.contains("not both"))
    }
}
