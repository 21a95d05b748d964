import DriftTestSupport
import Foundation
import Testing

/// The examples of `drift --help` and of the main commands' help work when pasted into a shell
/// in the repository's folder: each is run as printed, with drift on the PATH, in a folder that
/// holds the repository's `seeds/` and `Fixtures/`.
@Suite struct HelpExamplesTests {
    /// The example lines of a help text: those under `Examples…:` up to the next blank line.
    static func examples(in help: String) -> [String] {
        var examples: [String] = []
        var inside = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Examples") {
                inside = true
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                inside = false
            } else if inside {
                examples.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        return examples
    }

    @Test(arguments: [[], ["compare"], ["collate"], ["check"]])
    func examplesRunAsPrinted(_ command: [String]) throws {
        let help = try CLI.run(command + ["--help"])
        let examples = Self.examples(in: help.stdout)
        #expect(examples.count >= 3, "\(help.stdout)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["seeds", "Fixtures"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(name),
                withDestinationURL: URL(fileURLWithPath: Fixtures.root + "/" + name))
        }
        for example in examples {
            #expect(example.hasPrefix("drift "), "an example that is not a drift command: \(example)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", example]
            process.currentDirectoryURL = folder
            let path = CLI.executable.deletingLastPathComponent().path
            process.environment = ProcessInfo.processInfo.environment.merging([
                "PATH": path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            ]) { $1 }
            let error = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = error
            try process.run()
            let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            // A threshold example may fail its threshold (1); nothing may be a usage or input error.
            let allowed: Set<Int32> = example.contains("--fail-on") || example.contains("--max-mqm") ? [0, 1] : [0]
            #expect(allowed.contains(process.terminationStatus), "\(example): \(process.terminationStatus) \(stderr)")
            #expect(!stderr.contains("error:"), "\(example): \(stderr)")
        }
    }

    static let commands: [[String]] = [
        [], ["compare"], ["collate"], ["check"], ["batch"], ["report"], ["score"], ["align"], ["segment"], ["pairs"],
        ["embed"],
    ]

    /// ArgumentParser wraps the help to the terminal: a paragraph wrapped by hand as well breaks
    /// again at odd places, leaving short lines inside it ("text":⏎"…",⏎"vector").
    @Test(arguments: commands)
    func helpParagraphsAreWrappedOnce(_ command: [String]) throws {
        let lines = try CLI.run(command + ["--help"]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: ""))
        let end = try #require(lines.firstIndex { $0.hasPrefix("USAGE:") })
        for (line, next) in zip(lines[start..<end], lines[(start + 1)..<end]) {
            let prose = { (text: Substring) in !text.isEmpty && !text.hasPrefix(" ") }
            if prose(line) && prose(next) {
                #expect(line.count >= 50, "a short line inside a paragraph of \(command): \(line)")
            }
        }
    }

    @Test func usageErrorsSayDriftError() throws {
        for arguments in [["compare"], ["compare", "--bogus", "a", "b"], ["nosuch"], ["score", "-m", "bleu"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("drift: error: "), "\(arguments): \(result.stderr)")
        }
    }
}
