import ArgumentParser
import DriftBatch
import DriftIO
import DriftKit
import DriftRecords
import DriftReport
import SystemPackage

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `drift batch`: many comparisons in one process, on every core, streamed as JSON Lines.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Compare many versions with their references: a record per comparison, streamed.",
        discussion: """
            The input is a manifest, CSV, TSV or JSON Lines with id, reference and version \
            (optional glossary and language), paths relative to the manifest; or a directory \
            with a folder per story, whose reference is named by its drift.toml or is \
            reference.*, every other file a version; or, with --stdin, JSON Lines with the \
            texts inline ({"id", "reference", "version"} or "versions": […]), one result line \
            per input line, flushed as each is done: a map step for Spark or Ray.

            Each comparison gives one drift.batch/1 record (docs/schema/batch.schema.json), in \
            input order whatever --jobs: id, reference, version, language, verdict, coverage, \
            drift, garble, mqm and the findings by severity; --details adds the whole \
            drift.compare/1 record, --timings the seconds it took. A file that cannot be read \
            gives an error record ({"id", "error", "path"}) and the batch goes on; the exit \
            code is then 1. Paths that leave the manifest's folder are refused unless \
            --allow-outside.

            --resume FILE skips the ids already in FILE and appends the others, so an \
            interrupted batch completes to what an uninterrupted one writes.

            Examples:
              drift batch stories.csv -o results.jsonl
              drift batch corpus/ --jobs 2 --format csv > results.csv
              drift batch stories.jsonl --resume results.jsonl
              cat items.jsonl | drift batch --stdin --lexical
            """
    )

    @Argument(help: "A manifest (.csv, .tsv, .jsonl) or a directory of stories.")
    var input: String?

    @Flag(help: "Read JSON Lines with inline texts from standard input instead.")
    var stdin = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(
        help:
            "Output format: jsonl (a record per line) or csv (a row per version); default: the -o file's extension, else jsonl."
    )
    var format: BatchFormat?

    @Option(help: "Comparisons run in parallel (default: the cores).")
    var jobs: Int?

    @Flag(help: "Add each comparison's whole drift.compare/1 record ('comparison').")
    var details = false

    @Flag(help: "Add the seconds each comparison took ('seconds'); the output then differs from run to run.")
    var timings = false

    @Option(
        help: ArgumentHelp("Skip the ids already in this results file and append the rest to it.", valueName: "file"))
    var resume: String?

    @Flag(help: "Accept manifest paths that lead out of the manifest's folder.")
    var allowOutside = false

    @Option(
        help: """
            The language of items that name none: auto (detected from each reference), a code \
            (en, de, fr, es, zh, …) or a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    @Option(help: "Progress on standard error: auto (a bar on a terminal), bar, plain (a line every 5 s) or none.")
    var progress: ProgressMode = .auto

    @OptionGroup var inputOptions: InputOptions

    @OptionGroup var embedding: EmbeddingOptions

    /// Sentences whose embeddings the shared encoder keeps: about 12 MB.
    private static let encoderCache = 8192

    func validate() throws {
        if stdin == (input != nil) { throw ValidationError("give a MANIFEST or DIR, or --stdin") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let resume {
            if stdin { throw ValidationError("--resume needs a manifest: standard input cannot be read again") }
            if try outputFormat() != .jsonl { throw ValidationError("--resume appends JSON Lines: use --format jsonl") }
            if let output, output != resume { throw ValidationError("--resume writes to its file: leave out -o") }
        }
    }

    func run() throws {
        let resumed = try resume.map { path throws(InputError) in try ResumeFile(path: path) }
        let destination = resume ?? output
        var inputs: [BatchInput] = []
        var reader: LineReader?
        if let input {
            inputs = try Manifest(path: input, allowOutside: allowOutside).inputs
            if let resumed { inputs.removeAll(where: resumed.isFinished) }
        } else {
            reader = try LineReader(path: "-", maxLineBytes: inputOptions.maxBytes)
        }
        let descriptor: FileDescriptor
        if let destination, destination != "-" {
            do {
                descriptor = try FileIO.openForWriting(destination, keeping: resumed?.keptBytes)
            } catch {
                throw OutputError(path: destination, reason: "\(error)")
            }
        } else {
            descriptor = .standardOutput
        }
        defer { if descriptor != .standardOutput { try? descriptor.close() } }
        let format = try outputFormat()
        if format == .csv { FileIO.write(BatchRenderer.csvHeader, to: descriptor) }

        let options = BatchOptions(
            language: language, details: details, timings: timings, lossy: inputOptions.lossy,
            maxBytes: inputOptions.maxBytes)
        let wordNet = SharedWordNet.load(warn: { Console.warning($0, "matching stems and names only") })
        let embedders = embedding.embedders(cacheLimit: Self.encoderCache)
        let reporter = ProgressReporter(mode: progress, total: reader == nil ? inputs.count : nil)
        let render: @Sendable (BatchRecord) -> String =
            format == .csv ? BatchRenderer.csvRows : BatchRenderer.jsonLine
        let makeWorker: @Sendable () -> BatchWorker = {
            BatchWorker(options: options, wordNet: wordNet, embedder: { embedders?.embedder(for: $0) })
        }
        let emit: @Sendable (BatchRecord) -> Void = { record in
            FileIO.write(render(record), to: descriptor)
            reporter.advance(failed: !record.succeeded)
        }
        let stream = reader.map(InlineItems.init)
        let work: @Sendable (BatchWorker, BatchInput) -> BatchRecord = { $0.record(for: $1) }
        if let stream {
            OrderedPool.run(stream, jobs: jobs ?? Self.cores, makeWorker: makeWorker, work: work, emit: emit)
        } else {
            OrderedPool.run(inputs, jobs: jobs ?? Self.cores, makeWorker: makeWorker, work: work, emit: emit)
        }
        reporter.finish()
        if let failure = stream?.failure { throw failure }
        let skipped = resumed.map { "; \($0.finishedIDs.count) already done" } ?? ""
        if reporter.failed > 0 {
            Console.error(
                "\(reporter.failed) of \(Plural.counted(reporter.done, "comparison")) failed; see their error records\(skipped)"
            )
            throw ExitStatus.failed.code
        }
        if reporter.isShown {
            let seconds = reporter.elapsed
            Console.diagnostic(
                "drift: batch: \(Plural.counted(reporter.done, "comparison")) in \(String((seconds * 10).rounded() / 10)) s\(skipped)\n"
            )
        }
    }

    /// The format given, else the output file's by its extension, else JSON Lines.
    private func outputFormat() throws -> BatchFormat {
        try BatchFormat.resolve(format, output: resume ?? output, fallback: .jsonl)
    }

    /// The cores online.
    private static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
