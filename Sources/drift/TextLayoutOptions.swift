import ArgumentParser
import DriftReport

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the side-by-side text looks: its width and colours (`drift align`, `compare`, `report`).
struct TextLayoutOptions: ParsableArguments {
    @Option(help: "Line width of the text format (default: the terminal's, else 120).")
    var width: Int?

    @Option(help: "Colour in the text format: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let width, width < 40 { throw ValidationError("--width must be at least 40") }
    }

    /// The side-by-side renderer for standard output.
    func renderer() -> AlignmentRenderer {
        let terminal = isatty(STDOUT_FILENO) == 1
        return AlignmentRenderer(
            width: width ?? (terminal ? Console.terminalWidth() : nil) ?? 120,
            color: color.enabled(terminal: terminal, environment: getenv("NO_COLOR").map { String(cString: $0) }))
    }
}
