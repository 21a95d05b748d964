import DriftTestSupport
import Foundation
import Testing

@Suite struct AlignCommandTests {
    @Test func jsonOfTheContract() throws {
        let result = try CLI.run([
            "align", "--format", "json", "Fixtures/align/omitted-added/reference.txt",
            "Fixtures/align/omitted-added/version.txt",
        ])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.map { $0["type"] as? String } == ["1-1", "1-0", "1-1", "0-1", "1-1"])
        #expect(links[0]["ref"] as? [Int] == [0, 58])
        #expect(links[0]["version"] as? [Int] == [0, 58])
        #expect(links[0]["score"] as? Double == 1)
        #expect(links[1]["version"] is NSNull)
        #expect(links[3]["ref"] is NSNull)
        #expect((links[1]["diff"] as? [[String: Any]])?.first?["op"] as? String == "deleted")
        #expect((json["summary"] as? [String: Int])?["1-1"] == 3)
    }

    @Test func textShowsBothSidesAndMarksChanges() throws {
        let result = try CLI.run([
            "align", "--width", "100", "Fixtures/align/copy-edit/reference.txt", "Fixtures/align/copy-edit/version.txt",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("── 1-1"))
        let rows = result.stdout.split(separator: "\n").filter { $0.contains(" │ ") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.count <= 100 })
        #expect(result.stdout.contains("~Anbar~"))
        #expect(result.stdout.contains("~Amber~"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func colourOnRequest() throws {
        let result = try CLI.run([
            "align", "--color", "always", "Fixtures/align/copy-edit/reference.txt",
            "Fixtures/align/copy-edit/version.txt",
        ])
        #expect(result.stdout.contains("\u{1B}[33mAnbar\u{1B}[0m"))
    }

    @Test func missingFileExitsWith2() throws {
        let result = try CLI.run(["align", "Fixtures/align/nope.txt", "Fixtures/align/copy-edit/version.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/align/nope.txt"))
    }

    @Test func emptyVersionExitsWith2() throws {
        let result = try CLI.run(["align", "Fixtures/align/copy-edit/reference.txt", "Fixtures/input/empty.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("empty.txt"))
    }
}
