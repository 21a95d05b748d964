import ArgumentParser
import DriftAlign
import DriftKit
import DriftReport

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AlignFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}

/// `drift align`: which sentences of a version correspond to which sentences of a reference.
struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align a version to a reference sentence by sentence, with a word diff per link.",
        discussion: """
            Every sentence of both texts lands in exactly one link: 1-1, 1-2, 2-1, 2-2, 1-3 or
            3-1 (sentences split or merged), 1-0 (omitted from the version), 0-1 (added by the
            version), or moved (the version has it elsewhere). Offsets are Unicode code points
            into each file, [start, end).

            Examples:
              drift align seeds/002_afb0eaf99028a645.txt seeds/001_7405a5fede031660.txt
              drift align --format json original.txt translation.txt > links.json
              drift align --width 160 --color always a.txt b.txt | less -R

            In the text format, changed words are coloured on a terminal (red: the reference's,
            green: the version's, yellow: a related word such as another spelling of a name), or
            marked [reference], {version} and ~related~ without colour.
            """
    )

    @Argument(help: "The reference text; '-' reads standard input.")
    var reference: String

    @Argument(help: "The version to align to it.")
    var version: String

    @Option(help: "Output format: text (side by side) or json.")
    var format: AlignFormat = .text

    @Option(help: "Line width of the text format (default: the terminal's, else 120).")
    var width: Int?

    @Option(help: "Colour in the text format: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Snowball stemmer language for matching words (english, german, french, …).")
    var language = "english"

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    func validate() throws {
        if reference == "-" && version == "-" {
            throw ValidationError("only one of REFERENCE and VERSION can be '-'")
        }
        if let width, width < 40 { throw ValidationError("--width must be at least 40") }
    }

    func run() throws {
        let documents: [Document]
        do {
            documents = try [reference, version].map { path throws(InputError) in try Document(contentsOf: path, lossy: lossy) }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let aligner: Aligner
        do {
            aligner = try Aligner(language: language)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let alignment = aligner.align(reference: documents[0].text, version: documents[1].text)
        let terminal = isatty(STDOUT_FILENO) == 1
        let renderer = AlignmentRenderer(
            width: width ?? (terminal ? Self.terminalWidth() : nil) ?? 120,
            color: color.enabled(terminal: terminal, environment: getenv("NO_COLOR").map { String(cString: $0) }))
        Console.out(renderer.render(alignment, referencePath: documents[0].path, versionPath: documents[1].path, format: format))
    }

    /// The terminal's width from `COLUMNS` or `TIOCGWINSZ`.
    private static func terminalWidth() -> Int? {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
