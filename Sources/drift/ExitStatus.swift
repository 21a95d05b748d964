import ArgumentParser
import DriftBatch
import DriftChecks
import DriftEmbed
import DriftHTML
import DriftKit
import DriftMetrics
import DriftRecords
import DriftReport
import DriftText

/// drift's exit codes, and the one place that decides which error gets which.
///
/// | code | meaning |
/// |------|---------|
/// | 0 | success |
/// | 1 | a threshold failed (`--fail-on`, `--max-mqm`) or some batch items or files could not be read |
/// | 2 | usage or input error: bad arguments, a file that cannot be read or decoded, a malformed glossary, JSON or JSONL |
/// | 3 | internal error: ICU or a resource of drift itself failed |
enum ExitStatus: Int32, Comparable {
    case success = 0
    case failed = 1
    case badInput = 2
    case internalError = 3

    /// The status an error ends drift with.
    init(for error: any Error) { self = Self.classify(error).status }

    /// Whether `error` is none of the errors drift expects (a bug if it happens).
    static func isUnexpected(_ error: any Error) -> Bool { !classify(error).isExpected }

    /// The one mapping from error types to statuses; `isExpected` is false for an error type
    /// drift does not know, which reaching `main` means a bug.
    private static func classify(_ error: any Error) -> (status: ExitStatus, isExpected: Bool) {
        switch error {
        case let exit as ExitCode: return (ExitStatus(rawValue: exit.rawValue) ?? .internalError, true)
        case let text as TextError:
            if case .unknownStemmerLanguage = text { return (.badInput, true) }
            return (.internalError, true)
        case is InputError, is TextDecodingError, is GlossaryError, is RecordError,
            is ResultsFile.Failure,
            is ScoringError, is MetricError, is EmbedError, is OutputError, is ManifestError:
            return (.badInput, true)
        case is HTMLReportError, is WordNetError:
            return (.internalError, true)
        default:
            // ArgumentParser's own errors: usage (its 64) is ours 2, help and version are 0;
            // anything else is not an error drift knows.
            let code = Drift.exitCode(for: error)
            if code == .success { return (.success, true) }
            if code == .validationFailure { return (.badInput, true) }
            return (.internalError, false)
        }
    }

    static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The status as ArgumentParser's exit code.
    var code: ExitCode { ExitCode(rawValue) }
}
