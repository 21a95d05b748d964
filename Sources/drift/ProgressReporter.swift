#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `drift batch`'s progress on standard error: a bar redrawn in place (done/total, rate, time
/// left, failures), or a plain line every few seconds. Called from the batch's writer thread
/// only.
final class ProgressReporter: @unchecked Sendable {
    private enum Style {
        case bar(width: Int, color: Bool)
        case plain
    }

    private let style: Style?
    /// The number of items, when known in advance.
    private let total: Int?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant
    private(set) var done = 0
    private(set) var failed = 0

    /// A reporter for `mode`; `total` is nil for a stream of unknown length.
    init(mode: ProgressMode, total: Int?) {
        let terminal = isatty(STDERR_FILENO) == 1
        switch mode {
        case .none: style = nil
        case .plain: style = .plain
        case .bar, .auto:
            if mode == .auto && !terminal {
                style = nil
            } else {
                let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
                style = .bar(width: Self.terminalWidth() ?? 80, color: terminal && noColor.isEmpty)
            }
        }
        self.total = total
        start = clock.now
        lastDrawn = start
    }

    /// Whether anything is shown.
    var isShown: Bool { style != nil }

    /// Counts one item done, failed or not, and redraws when it is time to.
    func advance(failed itemFailed: Bool) {
        done += 1
        if itemFailed { failed += 1 }
        guard let style else { return }
        let now = clock.now
        let interval: Duration =
            switch style {
            case .bar: .milliseconds(100)
            case .plain: .seconds(5)
            }
        guard now - lastDrawn >= interval || done == total else { return }
        lastDrawn = now
        draw(style)
    }

    /// Seconds since the start.
    var elapsed: Double {
        let duration = clock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Clears the bar, so that what follows starts on a clean line.
    func finish() {
        if case .bar = style { Console.diagnostic("\r\u{1B}[2K") }
    }

    private func draw(_ style: Style) {
        let seconds = elapsed
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var figures = total.map { "\(done)/\($0)" } ?? "\(done)"
        figures += " · \(Self.format(rate))/s"
        if let total, rate > 0, done < total {
            figures += " · \(Self.clock(Double(total - done) / rate)) left"
        }
        switch style {
        case .plain:
            Console.diagnostic("drift: batch: \(figures)\(failed > 0 ? " · \(failed) failed" : "")\n")
        case .bar(let width, let color):
            let failures =
                failed == 0 ? "" : color ? " · \u{1B}[31m\(failed) failed\u{1B}[0m" : " · \(failed) failed"
            let text = " " + figures + failures
            let barWidth = max(10, min(40, width - text.count - (failed == 0 ? 0 : 9 + 2) - 2))
            var bar = ""
            if let total, total > 0 {
                let filled = min(barWidth, barWidth * done / total)
                bar =
                    "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
            }
            Console.diagnostic("\r\u{1B}[2K" + bar + text)
        }
    }

    private static func format(_ rate: Double) -> String {
        rate >= 100 ? String(Int(rate.rounded())) : String((rate * 10).rounded() / 10)
    }

    /// `1:05` or `1:02:05`.
    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let tail = (rest < 10 ? "0" : "") + String(rest)
        if hours > 0 { return "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes):" + tail }
        return "\(minutes):" + tail
    }

    private static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
