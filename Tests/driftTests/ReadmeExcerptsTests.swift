import DriftTestSupport
import Foundation
import Testing

/// The README's excerpts of drift's output are what drift prints: each marked block is made by
/// `scripts/readme_excerpts.py` (`make docs`) from the command its marker names, and this test
/// fails when one of them differs. The excerpts show what drift prints with the sentence
/// encoder, as `make setup` installs it.
@Suite(.enabled(if: EncoderModel.isInstalled, EncoderModel.missing))
struct ReadmeExcerptsTests {
    @Test func theExcerptsAreWhatDriftPrints() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/readme_excerpts.py", "--check", "--drift", CLI.executable.path]
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.root)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run `make docs` and review the README's diff:\n\(report)")
    }
}
