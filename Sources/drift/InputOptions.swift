import ArgumentParser
import DriftKit

/// How the commands read their input files: `--lossy` and `--max-bytes`.
struct InputOptions: ParsableArguments {
    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    @Option(
        name: .customLong("max-bytes"),
        help: ArgumentHelp(
            "The largest input file accepted, in bytes (for 'drift pairs', the longest line).",
            valueName: "n"))
    var maxBytes = Document.defaultMaxBytes

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
    }

    /// Reads and decodes the documents at `paths` (`-` for standard input).
    func documents(_ paths: [String]) throws(InputError) -> [Document] {
        try paths.map { path throws(InputError) in try document(path) }
    }

    /// Reads and decodes the document at `path`.
    func document(_ path: String) throws(InputError) -> Document {
        try Document(contentsOf: path, lossy: lossy, maxBytes: maxBytes)
    }

    /// The file at `path` to be read line by line, as sacreBLEU reads it.
    func lineSource(_ path: String) throws(InputError) -> LineSource {
        try LineSource(path: path, lossy: lossy, maxBytes: maxBytes)
    }
}
