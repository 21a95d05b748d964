import DriftTestSupport
import Foundation
import Testing

/// Inputs too large for every run of the suite: a 50 MB line and a million tiny lines, given to
/// every command. `make test-heavy` runs them (DRIFT_HEAVY_TESTS=1); each must end with its
/// documented exit code, within bounded memory, and never hang.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DRIFT_HEAVY_TESTS"] != nil, "make test-heavy runs these"))
struct HeavyInputTests {
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-heavy-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let words = (0..<5_000).map { _ in
            String(
                (0..<Int.random(in: 2...9, using: &generator)).map { _ in
                    "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)!
                })
        }
        var line = ""
        line.reserveCapacity(52_000_000)
        while line.utf8.count < 50_000_000 { line += words.randomElement(using: &generator)! + " " }
        _ = FileManager.default.createFile(
            atPath: folder.appendingPathComponent("line.txt").path, contents: Data((line + "\n").utf8))
        let lines = (0..<1_000_000).map { _ in words.randomElement(using: &generator)! }.joined(separator: "\n") + "\n"
        _ = FileManager.default.createFile(
            atPath: folder.appendingPathComponent("lines.txt").path, contents: Data(lines.utf8))
        let pair = #"{"id": 1, "reference": ""# + line.prefix(40_000_000) + #"", "candidate": "a"}"# + "\n"
        _ = FileManager.default.createFile(
            atPath: folder.appendingPathComponent("pair.jsonl").path, contents: Data(pair.utf8))
        return folder
    }()

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let seed = "seeds/001_7405a5fede031660.txt"

    @Test(
        arguments: ["line.txt", "lines.txt"],
        [
            ["segment", "--format", "jsonl", "F"],
            ["check", "F"],
            ["compare", "--lexical", "--format", "json", "F", seed],
            ["compare", "--lexical", "--format", "json", seed, "F"],
            ["score", "-m", "bleu,chrf", "--ref", "F", "F"],
        ])
    func everyCommandFinishes(_ file: String, _ template: [String]) throws {
        let arguments = template.map { $0 == "F" ? Self.path(file) : $0 }
        let result = try CLI.run(arguments, limit: 3_600)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func aFiftyMegabyteLineIsCutIntoBoundedSentences() throws {
        let result = try CLI.run(["segment", "--format", "jsonl", Self.path("line.txt")], limit: 600)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 50_000)
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix(#""cut":true}"#) })
    }

    @Test func aPairLineOverTheLimitIsAnErrorRecord() throws {
        let result = try CLI.run(["pairs", "--lexical", Self.path("pair.jsonl")], limit: 600)
        #expect(result.status == 1)
        #expect(result.stdout.contains("longer than the limit"))
    }

    @Test func aFileOverTheDefaultLimitIsRefused() throws {
        let big = Self.path("big.txt")
        let handle = try #require(
            FileHandle(
                forWritingAtPath: {
                    _ = FileManager.default.createFile(atPath: big, contents: nil); return big
                }()))
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let result = try CLI.run(["segment", big], limit: 600)
        #expect(result.status == 2)
        #expect(result.stderr.contains("larger than the limit of 256 MiB"))
    }
}
