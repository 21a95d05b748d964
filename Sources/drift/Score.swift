import ArgumentParser
import DriftIO
import DriftKit
import DriftMetrics
import DriftReport

extension ScoreFormat: ExpressibleByArgument {}

/// `drift score`: BLEU, chrF, chrF++ and TER identical to sacreBLEU's, with its option names.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score translations with BLEU, chrF, chrF++ and TER, identical to sacreBLEU.",
        discussion: """
            Files hold one segment per line; hypotheses and references correspond line by line. \
            Scores, signatures and JSON are those of sacreBLEU 2.x, except that the signature's \
            version field reads drift:<version>.

            Examples:
              drift score --ref newstest.de system.de
              drift score -r ref.de -m bleu,chrf,ter --format text system.de
              drift score -r ref.de -m bleu -m ter system.de
              drift score -r ref.de -r ref2.de -m chrf++ system.de
              drift score -r ref.de --sentence-level -m chrf system.de
              drift score -r ref.de --paired-bs baseline.de system1.de system2.de
              cat system.de | drift score -r ref.de --tokenize intl
            """
    )

    @Option(name: [.customShort("r"), .long], help: "A reference file (repeat for several references).")
    var ref: [String] = []

    @Argument(help: "Hypothesis files, one system each; none or '-' reads standard input.")
    var hypotheses: [String] = []

    @Option(
        name: [.customShort("m"), .long], parsing: .upToNextOption,
        help: "Metrics, comma- or space-separated or repeated: bleu, chrf, chrf++, ter.")
    var metrics: [String] = ["bleu"]

    @Flag(
        name: [.customLong("sentence-level"), .customLong("sl", withSingleDash: true)],
        help: "A score per line instead of per corpus.")
    var sentenceLevel = false

    @Option(name: [.customShort("f"), .long], help: "Output format: json (sacreBLEU's) or text.")
    var format: ScoreFormat = .json

    @Option(name: [.customShort("w"), .long], help: "Decimals of printed scores.")
    var width = 1

    @Flag(name: [.customShort("b"), .customLong("score-only")], help: "Print scores only.")
    var scoreOnly = false

    // BLEU
    @Option(
        name: [.customLong("tokenize"), .customLong("tok", withSingleDash: true)],
        help: "BLEU tokenizer: 13a, intl, zh, char, none.")
    var tokenize = "13a"

    @Flag(name: [.customLong("lowercase"), .customLong("lc", withSingleDash: true)], help: "Lower-case BLEU.")
    var lowercase = false

    @Option(name: [.customLong("smooth-method"), .customShort("s")], help: "BLEU smoothing: exp, floor, add-k, none.")
    var smoothMethod = "exp"

    @Option(
        name: [.customLong("smooth-value"), .customLong("sv", withSingleDash: true)],
        help: "Value for floor (0.1) or add-k (1).")
    var smoothValue: Double?

    // chrF
    @Option(
        name: [.customLong("chrf-char-order"), .customLong("cc", withSingleDash: true)],
        help: "chrF character n-gram order.")
    var chrfCharOrder = 6

    @Option(
        name: [.customLong("chrf-word-order"), .customLong("cw", withSingleDash: true)],
        help: "chrF word n-gram order (2 is chrF++).")
    var chrfWordOrder = 0

    @Option(name: .customLong("chrf-beta"), help: "chrF recall weight.")
    var chrfBeta = 2

    @Flag(name: .customLong("chrf-whitespace"), help: "Keep white space in chrF character n-grams.")
    var chrfWhitespace = false

    @Flag(name: .customLong("chrf-lowercase"), help: "Lower-case chrF.")
    var chrfLowercase = false

    @Flag(name: .customLong("chrf-eps-smoothing"), help: "chrF++.py's epsilon smoothing.")
    var chrfEpsSmoothing = false

    // TER
    @Flag(name: .customLong("ter-case-sensitive"), help: "Case-sensitive TER.")
    var terCaseSensitive = false

    @Flag(name: .customLong("ter-normalized"), help: "Tercom's normalization (splits punctuation).")
    var terNormalized = false

    @Flag(name: .customLong("ter-no-punct"), help: "Remove punctuation for TER.")
    var terNoPunct = false

    @Flag(name: .customLong("ter-asian-support"), help: "Split and strip CJK characters for TER.")
    var terAsianSupport = false

    // Significance
    @Flag(
        name: [.customLong("confidence"), .customLong("ci", withSingleDash: true)],
        help: "95% confidence interval by bootstrap resampling.")
    var confidence = false

    @Option(
        name: [.customLong("confidence-n"), .customLong("cin", withSingleDash: true)],
        help: "Bootstrap resamples for --confidence.")
    var confidenceN = 1000

    @Flag(
        name: .customLong("paired-bs"), help: "Paired bootstrap test of every system against the first (the baseline).")
    var pairedBs = false

    @Option(name: .customLong("paired-bs-n"), help: "Resamples for --paired-bs.")
    var pairedBsN = 1000

    @Option(help: "Seed of the bootstrap resampling.")
    var seed: UInt64 = 12345

    @OptionGroup var input: InputOptions

    mutating func validate() throws {
        guard !ref.isEmpty else { throw ValidationError("no reference given; pass one or more with --ref") }
        try takeHypothesesFromMetrics()
        if sentenceLevel, confidence || pairedBs {
            throw ValidationError("statistical tests are unavailable at sentence level")
        }
        if confidence, pairedBs {
            throw ValidationError("use either --confidence (one system) or --paired-bs (several)")
        }
        guard width >= 0, width <= 10 else { throw ValidationError("--width must be between 0 and 10") }
        guard (1...9).contains(chrfCharOrder), (0...4).contains(chrfWordOrder) else {
            throw ValidationError("chrF orders: --chrf-char-order 1…9, --chrf-word-order 0…4")
        }
        guard confidenceN > 0, pairedBsN > 0 else { throw ValidationError("resample counts must be positive") }
    }

    func run() throws {
        let metrics = try makeMetrics()
        let files = hypotheses.isEmpty ? ["-"] : hypotheses
        if pairedBs, files.count < 2 { throw ScoringError.pairedTestNeedsTwoSystems }
        if confidence, files.count > 1 { throw ScoringError.confidenceNeedsOneSystem }
        let references = try ref.map { (path) throws(InputError) in try input.lineSource(path) }
        let systems = try files.map { (path) throws(InputError) in try input.lineSource(path) }
        let renderer = ScoreRenderer(json: format == .json, width: width, scoreOnly: scoreOnly)
        let bootstrap: Bootstrap? =
            confidence
            ? Bootstrap(resamples: confidenceN, seed: seed)
            : pairedBs ? Bootstrap(resamples: pairedBsN, seed: seed) : nil
        var accumulator = ScoreAccumulator(
            metrics: metrics, systems: files, referenceCount: ref.count, keepsSegments: bootstrap != nil)
        // With several systems, each system's sentence scores are written after the previous one's.
        var pending = [String](repeating: "", count: files.count)
        var firstLine = 1
        while let job = try nextBlock(metrics: metrics, references: references, systems: systems) {
            if sentenceLevel {
                for system in job.systems.indices {
                    let text = renderer.render(
                        sentences: job.sentenceScores(system: system), signatures: job.sentenceSignatures,
                        firstLine: firstLine)
                    if system == 0 { Console.out(text) } else { pending[system] += text }
                }
                firstLine += job.references.first?.count ?? 0
            } else {
                accumulator.add(job)
            }
        }
        if sentenceLevel {
            pending.dropFirst().forEach(Console.out)
        } else {
            Console.out(renderer.render(corpus: accumulator.corpusScores(bootstrap: bootstrap)))
        }
    }

    /// Segments read and scored together, at most: enough to keep every core busy.
    private static let blockSize = 4_096

    /// The next block of lines of every file, read in step, or nil when all have ended.
    ///
    /// - Throws: `ScoringError.lineCountMismatch` when one file ends before the others, with
    ///   each one's number of lines.
    private func nextBlock(metrics: [any CorpusMetric], references: [LineSource], systems: [LineSource]) throws
        -> ScoringJob?
    {
        let sources = references + systems
        var lines = [[String]](repeating: [], count: sources.count)
        for _ in 0..<Self.blockSize {
            let next = try sources.map { (source) throws(InputError) in try source.next() }
            if next.allSatisfy({ $0 == nil }) { break }
            if next.contains(where: { $0 == nil }) {
                // One ended early: count the others to the end for the message.
                var counts: [Int] = []
                for (source, line) in zip(sources, next) {
                    if line != nil { while try source.next() != nil {} }
                    counts.append(source.count)
                }
                let short = counts.firstIndex { $0 != counts[0] } ?? 0
                throw ScoringError.lineCountMismatch(
                    hypothesis: sources[short].path, hypothesisLines: counts[short], reference: sources[0].path,
                    referenceLines: counts[0])
            }
            for (k, line) in next.enumerated() { lines[k].append(line!) }
        }
        guard !(lines.first ?? []).isEmpty else { return nil }
        return try ScoringJob(
            metrics: metrics, references: Array(lines.prefix(references.count)), referenceNames: references.map(\.path),
            systems: zip(systems, lines.dropFirst(references.count)).map { (name: $0.path, hypotheses: $1) })
    }

    /// sacreBLEU's `-m bleu chrf system.de`: `-m` takes the words up to the next option, so the
    /// first word that names no metric and the words after it are hypothesis files, put before
    /// the others. A word that is no file and looks like a name is taken for a misspelt metric.
    private mutating func takeHypothesesFromMetrics() throws {
        let names = { (value: String) in value.split(separator: ",").map { $0.trimmingSpaces().lowercased() } }
        guard let first = metrics.firstIndex(where: { names($0).contains { Metric(rawValue: $0) == nil } }) else {
            return
        }
        let files = Array(metrics[first...])
        for file in files
        where file != "-" && FileIO.kind(of: file) == nil && !file.contains(where: { "./".contains($0) }) {
            throw ValidationError(
                "unknown metric '\(file)': use \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard first > 0 else {
            throw ValidationError("-m needs a metric: \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        metrics.removeSubrange(first...)
        hypotheses = files + hypotheses
    }

    /// The metrics named by `--metrics`, configured by the other options, in sacreBLEU's order.
    private func makeMetrics() throws(MetricError) -> [any CorpusMetric] {
        var selected: Set<Metric> = []
        for name in metrics.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingSpaces().lowercased() }) {
            guard let metric = Metric(rawValue: name) else { throw .unknownMetric(name) }
            selected.insert(metric)
        }
        var result: [any CorpusMetric] = []
        for metric in Metric.allCases where selected.contains(metric) {
            switch metric {
            case .bleu:
                guard let method = BLEUSmoothing.Method(rawValue: smoothMethod) else {
                    throw .unknownSmoothing(smoothMethod)
                }
                result.append(
                    BLEU(
                        tokenizer: try BLEUTokenizer(name: tokenize), lowercase: lowercase,
                        smoothing: BLEUSmoothing(method, value: smoothValue)))
            case .chrf, .chrfPlusPlus:
                result.append(
                    CHRF(
                        characterOrder: chrfCharOrder, wordOrder: metric == .chrfPlusPlus ? 2 : chrfWordOrder,
                        beta: chrfBeta,
                        lowercase: chrfLowercase, whitespace: chrfWhitespace, epsilonSmoothing: chrfEpsSmoothing))
            case .ter:
                result.append(
                    TER(
                        tokenizer: TercomTokenizer(
                            normalized: terNormalized, noPunctuation: terNoPunct, asianSupport: terAsianSupport,
                            caseSensitive: terCaseSensitive)))
            }
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
