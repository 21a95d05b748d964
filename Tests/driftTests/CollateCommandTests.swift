import DriftRecords
import DriftTestSupport
import Foundation
import Testing

@Suite struct CollateCommandTests {
    static let reference = "seeds/002_afb0eaf99028a645.txt"
    static let seeds = Fixtures.seedNames.map { "seeds/" + $0 }

    @Test func jsonFollowsTheSchemaAndGroupsTrumpsWords() throws {
        let result = try CLI.run(["collate", "--format", "json", "--pivot", Self.reference] + Self.seeds)
        #expect(result.status == 0, "\(result.stderr)")
        let schema = try JSONSchema(Fixtures.string(Fixtures.root + "/docs/schema/collate.schema.json"))
        let document = try JSONValue(parsing: result.stdout)
        #expect(schema.violations(of: document) == [])
        #expect(document["schema"] == .string("drift.collate/1"))
        #expect(document["pivot"] == .string(Self.reference))
        guard case .array(let groups)? = document["groups"] else {
            Issue.record("no groups")
            return
        }
        // The group of Trump's words: three versions quote them, the reference lacks them.
        let quoted = groups.first { group in
            guard case .array(let members)? = group["members"] else { return false }
            return members.contains { $0["text"].map { "\($0)".contains("Peace through power") } ?? false }
        }
        guard case .array(let members)? = quoted?["members"] else {
            Issue.record("no group holds “Peace through power”")
            return
        }
        #expect(members.count { "\($0["text"] ?? .null)".uppercased().contains("PEACE THROUGH") } == 3)
        #expect(members.first { $0["path"] == .string(Self.reference) }?["text"] == .null)
    }

    @Test func textAndCSV() throws {
        let text = try CLI.run(["collate", "--lexical", "--width", "100", "--pivot", Self.reference] + Self.seeds)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("pivot: \(Self.reference)\ndocuments: 5, groups: "))
        #expect(text.stdout.contains("── group 1 · "))
        #expect(text.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
        let csv = try CLI.run(["collate", "--lexical", "--format", "csv"] + Self.seeds)
        let header = try #require(csv.stdout.split(whereSeparator: \.isNewline).first)
        #expect(header == "group,agreement,present,consensus," + Self.seeds.joined(separator: ","))
    }

    @Test func aPivotOutsideTheFilesJoinsThemAndOneFileIsNotEnough() throws {
        let others = Self.seeds.filter { $0 != Self.reference }
        let result = try CLI.run(["collate", "--lexical", "--format", "json", "--pivot", Self.reference] + others)
        #expect(try JSONValue(parsing: result.stdout)["pivot"] == .string(Self.reference))
        let alone = try CLI.run(["collate", Self.reference])
        #expect(alone.status == 2 && alone.stderr.contains("at least two documents"))
    }

    @Test func htmlHasAColumnPerDocumentAndAGroupPerRecordGroup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-collate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("collation.html").path
        let written = try CLI.run(["collate", "--lexical", "-o", page, "--pivot", Self.reference] + Self.seeds)
        #expect(written.status == 0, "\(written.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let printed = try CLI.run(["collate", "--lexical", "--format", "html", "--pivot", Self.reference] + Self.seeds)
        #expect(printed.stdout == html)
        let json = try JSONValue(
            parsing: CLI.run(["collate", "--lexical", "--format", "json", "--pivot", Self.reference] + Self.seeds)
                .stdout)
        guard case .array(let groups)? = json["groups"] else {
            Issue.record("no groups")
            return
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<tbody id=\"collation-g").count - 1 == groups.count)
        #expect(html.components(separatedBy: "<th scope=\"col\"><code>").count - 1 == Self.seeds.count)
        #expect(html.contains("<code>\(Self.reference)</code> <span class=\"badge\">pivot</span>"))
        #expect(!html.contains("<script"))
    }
}
