import DriftRecords
import DriftReport
import DriftTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func textListsFindingsMostSeriousFirst() throws {
        let input = "Share This Article\nThe minister said the the talks were good good good for everyone.\n"
        let result = try CLI.run(["check", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("   findings: 1 major, 2 minor"))
        let order = ["repetition-loop", "web-residue", "duplicated-word"].map { check in
            lines.firstIndex { $0.contains(check) } ?? -1
        }
        #expect(order == order.sorted() && !order.contains(-1), "\(result.stdout)")
        #expect(result.stdout.contains("line 2 · duplicated-word"))
    }

    @Test func jsonHasThePathAndTheFindings() throws {
        let result = try CLI.run(["check", "--format", "json", "seeds/002_afb0eaf99028a645.txt"])
        #expect(result.status == 0)
        let document = try JSONValue(parsing: result.stdout)
        #expect(document["path"] == .string("seeds/002_afb0eaf99028a645.txt"))
        guard case .array(let findings)? = document["findings"] else {
            Issue.record("no findings array")
            return
        }
        // The reference's own slips: the date stamp and "Prime Minister Minister".
        #expect(findings.map { $0["check"] }.contains(.string("web-residue")))
        #expect(
            findings.contains {
                $0["check"] == .string("duplicated-word") && $0["version"]?["text"] == .string("Minister Minister")
            })
    }

    @Test func webResidueIsDeletedNotReplacedByAnInstruction() throws {
        let input = Data("Share This Article\nThe council met on Monday.\n".utf8)
        let json = try CLI.run(["check", "--format", "json", "-"], stdin: input)
        guard case .array(let findings)? = try JSONValue(parsing: json.stdout)["findings"] else {
            Issue.record("no findings array")
            return
        }
        let residue = try #require(findings.first { $0["check"] == .string("web-residue") })
        #expect(residue["suggestion"] == .string(""))
        guard case .string(let explanation)? = residue["explanation"] else {
            Issue.record("no explanation")
            return
        }
        #expect(explanation.hasPrefix("Not article text;"))
        let text = try CLI.run(["check", "-"], stdin: input)
        #expect(text.stdout.contains("suggestion: delete it\n"))
    }

    @Test func glossaryAndFailOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("terms.tsv")
        try "ISIS\tIslamic State\thouse style\n".write(to: glossary, atomically: true, encoding: .utf8)
        let input = Data("ISIS fighters fled the town.\n".utf8)
        let flagged = try CLI.run(["check", "--glossary", glossary.path, "--fail-on", "major", "-"], stdin: input)
        #expect(flagged.status == 1)
        #expect(flagged.stdout.contains("suggestion: Islamic State"))
        let minorOnly = try CLI.run(["check", "--glossary", glossary.path, "--fail-on", "critical", "-"], stdin: input)
        #expect(minorOnly.status == 0)
        try "ISIS\n".write(to: glossary, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["check", "--glossary", glossary.path, "-"], stdin: input)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("terms.tsv:1: "))
    }

    @Test func aMissingFileIsAnInputError() throws {
        let result = try CLI.run(["check", "no/such/file.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/file.txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test func severalDocumentsAreCheckedInTurnAndABadOneLosesNoOther() throws {
        let result = try CLI.run([
            "check", "--format", "json", "seeds/000_e9b24277e7831f18.txt", "nosuch.txt",
            "seeds/002_afb0eaf99028a645.txt",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nosuch.txt"))
        let paths = try result.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0))["path"] }
        #expect(paths == [.string("seeds/000_e9b24277e7831f18.txt"), .string("seeds/002_afb0eaf99028a645.txt")])
    }

    /// Standard input has one name in every command's output and messages.
    @Test func standardInputIsCalledTheSameEverywhere() throws {
        let input = Data("The council met on Monday.\n".utf8)
        let check = try CLI.run(["check", "--format", "json", "-"], stdin: input)
        #expect(try JSONValue(parsing: check.stdout)["path"] == .string("<stdin>"))
        let compare = try CLI.run(["compare", "--lexical", "-", "seeds/000_e9b24277e7831f18.txt"], stdin: input)
        #expect(compare.stdout.hasPrefix("reference: <stdin> (1 sentence"))
        let empty = try CLI.run(["embed", "-"], stdin: Data())
        #expect(empty.stderr.hasPrefix("drift: error: <stdin>: "))
    }

    /// `drift check` text follows `--width` and `--color` as `drift compare` does.
    @Test func textFollowsWidthAndColor() throws {
        let seeds = Fixtures.seedNames.map { "seeds/" + $0 }
        let narrow = try CLI.run(["check", "--width", "60", "--color", "never"] + seeds)
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(!narrow.stdout.contains("\u{1B}"))
        let coloured = try CLI.run(["check", "--color", "always", "seeds/002_afb0eaf99028a645.txt"])
        #expect(coloured.stdout.contains("\u{1B}[33mminor\u{1B}[0m"))
    }
}
