import ArgumentParser
import DriftAlign
import DriftKit
import DriftMetrics
import DriftRecords
import DriftReport
import DriftText

/// `drift pairs`: a streaming map from JSON Lines of pairs to JSON Lines of scores.
struct Pairs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score reference–candidate pairs from JSON Lines, streaming.",
        discussion: """
            Each input line is {"id": …, "reference": "…", "candidate": "…"} with an optional \
            "language" (a code such as fr; else --language); each output line \
            has the same id, drift (0 = same meaning … 1 = unrelated), label (identical, \
            copyedit, paraphrase, changed, garbled), chrf (chrF2), bleu (sentence BLEU), ter \
            (TER), cosine (of the sentence embeddings, on MiniLM's scale; null with --lexical or when the \
            model is not installed) and evidence (why), in input order. \
            A line that cannot be read gives {"id": …, "line": N, "error": "…"} and the others \
            are still scored; the exit code is then 1. Blank lines are skipped. A line longer \
            than --max-bytes (1 MiB unless given; a pair of about 80,000 words a side, which \
            takes about a minute to judge) is such a line.

            Examples:
              drift pairs pairs.jsonl > scores.jsonl
              cat pairs.jsonl | drift pairs - | jq .chrf
            """
    )

    @Argument(help: "A JSON Lines file, or '-' for standard input.")
    var input: String = "-"

    @Option(help: "Output format (jsonl).")
    var format: PairsFormat = .jsonl

    @Flag(help: "Add the judge's feature values to each record (for eval/train_judge.py).")
    var features = false

    @OptionGroup var embedding: EmbeddingOptions

    @Option(
        help: """
            The pairs' language where a line gives none: auto (detected from each reference), a \
            code (en, de, fr, es, zh, …) or a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    @Option(
        name: .customLong("max-bytes"),
        help: ArgumentHelp("The longest line accepted, in bytes; a longer one gives an error record.", valueName: "n"))
    var maxBytes = 1 << 20

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
    }

    /// Lines read but not yet written: scored pairs wait here so that their sentences are
    /// embedded in one batch.
    private enum Pending {
        case pair(PairInput)
        case failure(PairFailure)
    }

    /// Pairs embedded and judged together, at most.
    private static let batchSize = 256

    func run() throws {
        let reader = try LineReader(path: input, maxLineBytes: maxBytes)
        let scorer = PairScorer()
        let embedders = embedding.embedders()
        let wordNet = SharedWordNet.load(warn: { Console.warning($0, "matching stems and names only") })
        _ = try SideBySideOptions.language(language, of: "")
        // A judge per language the pairs are in, each with the encoder that suits it.
        var judges: [Language: PairJudge] = [:]
        func judge(for pair: PairInput) -> PairJudge? {
            guard let language = try? SideBySideOptions.language(pair.language ?? self.language, of: pair.reference)
            else { return nil }
            if let judge = judges[language] { return judge }
            let judge = try? PairJudge(
                wordNet: wordNet, embedder: embedders?.embedder(for: language),
                options: JudgeOptions(allFeatures: features), language: language)
            judges[language] = judge
            return judge
        }
        var failures = 0
        var pending: [Pending] = []
        // Judges and writes the pending lines; called when the batch is full, at the end, and
        // whenever the reader is about to wait for input, so that a caller feeding one line at
        // a time gets each answer at once.
        func flush() {
            // The pairs of each judge's encoder are embedded in one batch.
            var batches: [ObjectIdentifier: (embedder: any SentenceEmbedder, pairs: [Int])] = [:]
            let judged = pending.map { item -> PairJudge? in
                guard case .pair(let pair) = item else { return nil }
                return judge(for: pair)
            }
            for (index, judge) in judged.enumerated() {
                guard let embedder = judge?.embedder else { continue }
                batches[ObjectIdentifier(embedder), default: (embedder, [])].pairs.append(index)
            }
            var cosines: [Int: Double] = [:]
            for (embedder, indices) in batches.values {
                let pairs = indices.map { index -> (String, String) in
                    guard case .pair(let pair) = pending[index] else { return ("", "") }
                    return (pair.reference, pair.candidate)
                }
                for (index, cosine) in zip(indices, embedder.cosines(pairs)) { cosines[index] = cosine }
            }
            var output = ""
            for (index, item) in pending.enumerated() {
                switch item {
                case .pair(let pair):
                    guard let judge = judged[index] else {
                        failures += 1
                        output += RecordCoding.json(
                            PairFailure(
                                id: pair.id, line: pair.line,
                                error: "unknown language '\(pair.language ?? "")': give a code such as en, de, fr"))
                        break
                    }
                    let scores = scorer.score(reference: pair.reference, candidate: pair.candidate)
                    let judgement = judge.judge(
                        reference: pair.reference, candidate: pair.candidate, chrf: scores.chrf,
                        cosine: cosines[index])
                    output += RecordCoding.json(
                        PairResult(id: pair.id, judgement: judgement, scores: scores, features: features))
                case .failure(let failure):
                    output += RecordCoding.json(failure)
                }
                output += "\n"
            }
            pending.removeAll(keepingCapacity: true)
            Console.out(output)
        }
        reader.beforeRead = flush
        do {
            while true {
                let line: [UInt8]
                do {
                    guard let next = try reader.nextLine() else { break }
                    line = next
                } catch .lineTooLong(_, let lineNumber, let limit) {
                    failures += 1
                    pending.append(
                        .failure(
                            PairFailure(
                                id: .null, line: lineNumber,
                                error: "the line is longer than the limit of \(limit) bytes (--max-bytes)")))
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    pending.append(.pair(try PairInput(line: line, number: reader.lineNumber)))
                } catch {
                    failures += 1
                    pending.append(.failure(error))
                }
                if pending.count >= Self.batchSize { flush() }
            }
        } catch {
            flush()
            throw error
        }
        flush()
        if failures > 0 {
            Console.error(
                "\(failures) of \(Plural.counted(reader.lineNumber, "line")) could not be scored; see their error records"
            )
            throw ExitStatus.failed.code
        }
    }
}
