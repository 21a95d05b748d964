import DriftTestSupport
import Foundation
import Testing

@Suite struct SegmentCommandTests {
    private func records(_ jsonl: String) throws -> [[String: Any]] {
        try jsonl.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func jsonlRecordsOfTheContract() throws {
        let result = try CLI.run(["segment", "--format", "jsonl", "seeds/003_9460cee746a1b6c2.txt"])
        #expect(result.status == 0)
        let rows = try records(result.stdout)
        #expect(rows.count == 16)
        #expect(rows.last?["text"] as? String == "Original Source: www.military.com")
        #expect(rows.first?["index"] as? Int == 0)
        #expect(rows.first?["start"] as? Int == 0)
        #expect(rows.first?["end"] as? Int == 160)
    }

    @Test func seedsMatchTheFixtures() throws {
        for name in Fixtures.seedNames {
            let result = try CLI.run(["segment", "--format", "jsonl", "seeds/" + name])
            let expected = try Fixtures.string(Fixtures.path("segmentation/" + name.replacing(".txt", with: ".tsv")))
            let rows = try records(result.stdout).map { "\($0["start"]!)\t\($0["end"]!)\t\($0["text"]!)" }
            #expect(rows.joined(separator: "\n") + "\n" == expected, "\(name)")
        }
    }

    @Test func readsStandardInput() throws {
        let result = try CLI.run(["segment", "-"], stdin: Data("One. Two.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("One."))
        #expect(result.stdout.contains("Two."))
    }

    @Test func invalidUTF8ExitsWith2AndNamesTheByte() throws {
        let result = try CLI.run(["segment", "Fixtures/input/invalid-utf8.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Fixtures/input/invalid-utf8.txt: invalid UTF-8 at byte 48 (line 2, column 29)"))
    }

    @Test func lossyFlag() throws {
        let result = try CLI.run(["segment", "--lossy", "Fixtures/input/invalid-utf8.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{FFFD}"))
    }

    @Test(arguments: ["Fixtures/input/empty.txt", "Fixtures/input/binary.bin", "Fixtures/no-such-file.txt", "Fixtures"])
    func badInputExitsWith2(_ path: String) throws {
        let result = try CLI.run(["segment", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func otherFilesGoOnAfterABadOne() throws {
        let result = try CLI.run(["segment", "Fixtures/input/empty.txt", "seeds/002_afb0eaf99028a645.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stdout.contains("==> seeds/002_afb0eaf99028a645.txt <== 11 sentences"))
    }

    @Test func utf16Input() throws {
        let result = try CLI.run(["segment", "--format", "jsonl", "Fixtures/input/utf16le.txt"])
        #expect(result.status == 0)
        #expect(try records(result.stdout).map { $0["text"] as? String } == ["Hello there.", "Émile left 😀 early."])
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try CLI.run(["segment"]).status == 2)
        #expect(try CLI.run(["segment", "--format", "xml", "seeds/002_afb0eaf99028a645.txt"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
        let usage = try CLI.run(["segment", "--max-bytes", "0", "seeds/002_afb0eaf99028a645.txt"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("drift: error: --max-bytes must be positive"))
        #expect(usage.stderr.contains("Usage: drift segment"))
    }

    @Test func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("drift "))
        let help = try CLI.run(["segment", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }
}
