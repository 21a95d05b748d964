import ArgumentParser
import DriftKit
import DriftReport

/// `drift pairs`: a streaming map from JSON Lines of pairs to JSON Lines of scores.
struct Pairs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score reference–candidate pairs from JSON Lines, streaming.",
        discussion: """
            Each input line is {"id": …, "reference": "…", "candidate": "…"}; each output line
            has the same id, drift (0 = same meaning … 1 = unrelated), label (identical,
            copyedit, paraphrase, changed), chrf (chrF2), bleu (sentence BLEU), ter (TER) and
            evidence (why), in input order.
            A line that cannot be read gives {"id": …, "line": N, "error": "…"} and the others
            are still scored; the exit code is then 1. Blank lines are skipped.

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

    func run() throws {
        let reader: LineReader
        do {
            reader = try LineReader(path: input)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let scorer = PairScorer()
        let judge: PairJudge
        do {
            judge = try PairJudge(wordNet: SharedWordNet.load(warn: { Console.diagnostic("drift: warning: \($0)\n") }))
        } catch {
            Console.error("\(error)")
            throw ExitCode(3)
        }
        var failures = 0
        var lineNumber = 0
        var output = ""
        // Write what is ready whenever the reader is about to wait for input, so that a caller
        // feeding one line at a time gets each answer at once.
        reader.beforeRead = {
            Console.out(output)
            output = ""
        }
        do {
            while let line = try reader.nextLine() {
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let record: JSONValue
                do {
                    let pair = try PairRecord.parse(line)
                    let scores = scorer.score(reference: pair.reference, candidate: pair.candidate)
                    record = PairRecord.record(
                        id: pair.id, judgement: judge.judge(reference: pair.reference, candidate: pair.candidate, chrf: scores.chrf),
                        scores: scores, features: features)
                } catch {
                    failures += 1
                    record = PairRecord.record(line: lineNumber, failure: error)
                }
                record.write(to: &output)
                output += "\n"
            }
        } catch {
            Console.out(output)
            Console.error("\(error)")
            throw ExitCode(2)
        }
        Console.out(output)
        if failures > 0 {
            Console.error("\(failures) of \(lineNumber) lines could not be scored; see their error records")
            throw ExitCode(1)
        }
    }
}
