import DriftEmbed
import DriftIO
import DriftKit
import DriftText
import SystemPackage

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard output and standard error through `FileIO` (`write(2)`, which needs no
/// shared mutable `FILE*` and so is safe under Swift 6 concurrency checking).
enum Console {
    /// Writes `text` to standard output as it is.
    static func out(_ text: String) {
        write(text, to: .standardOutput)
    }

    /// Writes `drift: error: <message>` and a newline to standard error.
    static func error(_ message: String) {
        write("drift: error: \(message)\n", to: .standardError)
    }

    /// Writes `drift: note: <message>` and a newline to standard error: something the user
    /// should know that changes nothing of the result.
    static func note(_ message: String) {
        write("drift: note: \(message)\n", to: .standardError)
    }

    /// Reports `error` on standard error, with what to do where the command line offers a way
    /// out, and returns the status it ends drift with.
    @discardableResult
    static func report(_ error: any Error) -> ExitStatus {
        let status = ExitStatus(for: error)
        if status != .success { Self.error("\(error)" + hint(for: error)) }
        return status
    }

    /// Writes `drift: warning: <error>; <what to do>; <what drift does instead>` to standard error.
    static func warning(_ error: any Error, _ consequence: String) {
        diagnostic("drift: warning: \(error)\(hint(for: error)); \(consequence)\n")
    }

    /// What the user can do about an error: an option to pass, a command to run.
    private static func hint(for error: any Error) -> String {
        var decoding: TextDecodingError?
        if case .undecodable(_, let error) = error as? InputError { decoding = error }
        switch decoding ?? error as? TextDecodingError {
        case .invalidUTF8: return "; convert the file to UTF-8, or pass --lossy to replace bad bytes with U+FFFD"
        case .invalidUTF16: return "; pass --lossy to replace bad code units with U+FFFD"
        default: break
        }
        switch error {
        case is TextError where ExitStatus(for: error) == .internalError:
            return "; check that libicu is installed (make setup)"
        case is WordNetError: return "; install Debian's wordnet-base (make setup) for synonym matching"
        case EmbedError.modelMissing:
            return
                "; run `make setup` or `python3 scripts/install_model.py`, or set DRIFT_MODEL_DIR to the folder holding model.safetensors and vocab.txt"
        case EmbedError.invalidModel: return "; reinstall the model with `python3 scripts/install_model.py --force`"
        default: break
        }
        switch error as? InputError {
        case .tooLarge, .lineTooLong: return "; raise the limit with --max-bytes"
        default: return ""
        }
    }

    /// Writes `text` to standard error as it is.
    static func diagnostic(_ text: String) {
        write(text, to: .standardError)
    }

    /// The terminal's width from `COLUMNS` or `TIOCGWINSZ`.
    static func terminalWidth() -> Int? {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func write(_ text: String, to descriptor: FileDescriptor) {
        FileIO.write(text, to: descriptor)
    }
}
