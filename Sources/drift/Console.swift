#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error through `write(2)`, which needs no shared
/// mutable `FILE*` and so is safe under Swift 6 concurrency checking.
enum Console {
    /// Writes `text` to standard output as it is.
    static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes `drift: error: <message>` and a newline to standard error.
    static func error(_ message: String) {
        write("drift: error: \(message)\n", to: STDERR_FILENO)
    }

    /// Writes `text` to standard error as it is.
    static func diagnostic(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// The terminal's width from `COLUMNS` or `TIOCGWINSZ`.
    static func terminalWidth() -> Int? {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
