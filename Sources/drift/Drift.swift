import ArgumentParser
import DriftKit
import DriftMetrics

/// The `drift` command: compares versions of a text and scores translations.
///
/// Exit codes: 0 success, 1 a check failed a threshold or some batch items failed, 2 usage or
/// input error, 3 internal error.
@main
struct Drift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Find where versions of a text drift from a reference: translations, paraphrases, rewrites.",
        discussion: """
            Start with compare: a reference, then one or more versions of it; each version gets a \
            verdict, every sentence a label (identical, copyedit, paraphrase, changed, garbled, \
            added, omitted, moved) and the findings an editor must fix.

            Examples (in the repository's folder):
              drift compare seeds/002_*.txt seeds/001_*.txt
              drift compare --brief seeds/002_*.txt seeds/*.txt
              drift compare -o report.html seeds/002_*.txt seeds/*.txt
              drift check seeds/*.txt
              drift score -r Fixtures/sacrebleu/ted.ref Fixtures/sacrebleu/ted.hyp.sysA

            'drift help COMMAND' or 'drift COMMAND --help' tells more of each command.

            Exit codes: 0 success, 1 a threshold failed or some batch items failed, \
            2 usage or input error, 3 internal error.
            """,
        version: "drift \(DriftVersion.string)",
        subcommands: [
            Compare.self, Collate.self, CheckCommand.self, BatchCommand.self, Report.self, Score.self, Align.self,
            Segment.self,
            Pairs.self, Embed.self,
        ]
    )

    /// Parses the command line and runs the command, with drift's exit codes (`ExitStatus`):
    /// ArgumentParser's usage errors exit with 2 instead of 64, help and version with 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            let status = ExitStatus(for: error)
            switch status {
            case .success:
                Self.exit(withError: error)
            case .badInput where exitCode(for: error) == .validationFailure:
                // A usage error: ArgumentParser's message and usage line, prefixed as drift's own.
                let message = fullMessage(for: error)
                Console.diagnostic(
                    (message.hasPrefix("Error: ") ? "drift: error: " + message.dropFirst(7) : message) + "\n")
            case .internalError where ExitStatus.isUnexpected(error):
                Console.error("internal error: \(error)")
            default:
                Console.report(error)
            }
            Self.exit(withError: status.code)
        }
    }
}
