import DriftTestSupport
import Foundation
import Testing

/// `drift compare --format html|csv|jsonl -o` and `drift report` from saved results.
@Suite struct ReportCommandTests {
    static let reference = "seeds/002_afb0eaf99028a645.txt"
    static let versions = ["seeds/000_e9b24277e7831f18.txt", "seeds/001_7405a5fede031660.txt"]

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("drift-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func compareWritesTheHTMLFileAndNothingElse() throws {
        let directory = try Self.temporaryDirectory()
        let path = directory.appendingPathComponent("report.html").path
        let result = try CLI.run(
            ["compare", "--lexical", "--format", "html", "-o", path, Self.reference] + Self.versions)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("seeds/001_7405a5fede031660.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }

    @Test func reportFromSavedJSONEqualsCompare() throws {
        let directory = try Self.temporaryDirectory()
        let saved = directory.appendingPathComponent("comparison.json").path
        let json = try CLI.run(
            ["compare", "--lexical", "--format", "json", "-o", saved, Self.reference] + Self.versions)
        #expect(json.status == 0, "\(json.stderr)")
        let fresh = try CLI.run(["compare", "--lexical", "--format", "html", Self.reference] + Self.versions)
        let report = try CLI.run(["report", saved])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.isEmpty && report.stdout == fresh.stdout)
        for format in ["csv", "jsonl"] {
            let fromSaved = try CLI.run(["report", "--format", format, saved])
            let fromCompare = try CLI.run(["compare", "--lexical", "--format", format, Self.reference] + Self.versions)
            #expect(fromSaved.stdout == fromCompare.stdout, "\(format)")
        }
    }

    /// A saved comparison printed as text is what `drift compare` printed, in full, brief and
    /// in colour at another width, and `--format json` writes the record it read.
    @Test(arguments: [[], ["--brief"], ["--width", "72", "--color", "always"]] as [[String]])
    func textFromSavedJSONEqualsCompare(_ options: [String]) throws {
        let directory = try Self.temporaryDirectory()
        let saved = directory.appendingPathComponent("comparison.json").path
        let json = try CLI.run(
            ["compare", "--lexical", "--format", "json", "-o", saved, Self.reference] + Self.versions)
        #expect(json.status == 0, "\(json.stderr)")
        let fresh = try CLI.run(["compare", "--lexical"] + options + [Self.reference] + Self.versions)
        let report = try CLI.run(["report", "--format", "text"] + options + [saved])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(!report.stdout.isEmpty)
        #expect(report.stdout == fresh.stdout)
        let rewritten = try CLI.run(["report", "--format", "json", saved])
        #expect(rewritten.stdout == (try String(contentsOfFile: saved, encoding: .utf8)))
    }

    @Test func csvHasAHeaderAndARowPerVersion() throws {
        let result = try CLI.run(["compare", "--lexical", "--format", "csv", Self.reference] + Self.versions)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            lines.first == "reference,file,verdict,coverage,drift,garble,additions,omissions,mqm,critical,major,minor")
        #expect(lines.count == 3)
        #expect(
            lines[2].hasPrefix(
                "seeds/002_afb0eaf99028a645.txt,seeds/001_7405a5fede031660.txt,machine translation with errors,"))
    }

    @Test func aBadLineIsNamedAndTheRestIsReported() throws {
        let directory = try Self.temporaryDirectory()
        let json = try CLI.run(["compare", "--lexical", "--format", "json", Self.reference, Self.versions[0]])
        let batch = directory.appendingPathComponent("batch.jsonl")
        try (json.stdout + "{\"schema\": \"drift.compare/1\"}\n" + json.stdout).write(
            to: batch, atomically: true, encoding: .utf8)
        let result = try CLI.run(["report", "--format", "jsonl", batch.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("batch.jsonl:2: embeddings: missing"))
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test func badLinesAreNamedInFileOrder() throws {
        let directory = try Self.temporaryDirectory()
        let results = directory.appendingPathComponent("results.jsonl")
        try "{\"a\": 1}\n{\"b\": 2}\n{\"c\": 3}\n".write(to: results, atomically: true, encoding: .utf8)
        let result = try CLI.run(["report", "--format", "jsonl", results.path])
        let lines = result.stderr.split(separator: "\n").filter { $0.contains("results.jsonl:") }
        #expect(lines.map { $0.contains("results.jsonl:1:") } == [true, false, false], "\(lines)")
        #expect(lines.last?.contains("results.jsonl:3:") == true, "\(lines)")
    }

    @Test func nothingReadableIsAnInputError() throws {
        let result = try CLI.run(["report", "seeds/002_afb0eaf99028a645.txt", "no/such/results.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("seeds/002_afb0eaf99028a645.txt:1: invalid JSON"))
        #expect(result.stderr.contains("no/such/results.json"))
        #expect(result.stderr.contains("no comparison could be read"))
    }

    @Test func anUnwritableOutputIsAnError() throws {
        let result = try CLI.run([
            "compare", "--lexical", "--format", "html", "-o", "/no/such/dir/report.html", Self.reference,
            Self.versions[0],
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/no/such/dir/report.html: cannot write"))
    }

    @Test func aBinaryWithoutItsTemplatesSaysSo() throws {
        let directory = try Self.temporaryDirectory()
        let alone = directory.appendingPathComponent("drift")
        try FileManager.default.copyItem(at: CLI.executable, to: alone)
        let process = Process()
        process.executableURL = alone
        process.arguments = [
            "compare", "--lexical", "--format", "html", Fixtures.root + "/" + Self.reference,
            Fixtures.root + "/" + Self.versions[0],
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3)
        #expect(message.contains("keep the drift_DriftHTML.resources folder beside the drift binary"))
    }

    /// `drift compare --format jsonl` writes summary rows, which hold no comparison: drift
    /// report says so instead of "schema: missing".
    @Test func summaryRowsAreNamedForWhatTheyAre() throws {
        let rows = try CLI.run([
            "compare", "--lexical", "--format", "jsonl", "seeds/002_afb0eaf99028a645.txt",
            "seeds/000_e9b24277e7831f18.txt",
        ])
        let report = try CLI.run(["report", "--format", "text", "-"], stdin: Data(rows.stdout.utf8))
        #expect(report.status == 2)
        #expect(report.stderr.contains("a summary row of 'drift compare --format jsonl'"))
        #expect(!report.stderr.contains("schema: missing"))
    }
}
