import DriftChecks
import DriftKit

/// A colour of terminal text: an ANSI SGR code, applied only when the caller says colour is on
/// (the command line decides: a terminal, `--color`, `NO_COLOR`).
struct Ink: Sendable {
    /// The SGR parameters, such as `31` (red) or `1;31` (bold red).
    let code: String

    static let red = Ink(code: "31")
    static let green = Ink(code: "32")
    static let yellow = Ink(code: "33")
    static let magenta = Ink(code: "35")
    static let cyan = Ink(code: "36")
    static let boldRed = Ink(code: "1;31")

    /// The colour of a verdict: faithful green, a paraphrase yellow, a summary cyan, the
    /// verdicts of errors and of another text red.
    init(_ verdict: Verdict) {
        self =
            switch verdict {
            case .faithful: .green
            case .paraphrase: .yellow
            case .summary: .cyan
            case .machineTranslationWithErrors, .partialOverlap, .unrelated: .red
            }
    }

    /// The colour of a severity: critical bold red, major magenta, minor yellow.
    init(_ severity: Severity) {
        self =
            switch severity {
            case .critical: .boldRed
            case .major: .magenta
            case .minor: .yellow
            }
    }

    private init(code: String) { self.code = code }

    /// `text` between this colour's escape and the reset escape when `color` is on, else as it is.
    func paint(_ text: String, color: Bool) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
