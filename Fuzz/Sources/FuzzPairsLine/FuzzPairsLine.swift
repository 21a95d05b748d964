import DriftKit
import DriftMetrics
import DriftRecords
import FuzzSupport

// What `drift pairs` does with each line of its input: parse it, and if it is a pair, score and
// judge it (lexically, with WordNet when installed) and write its record.
let scorer = PairScorer()
let judge = try! PairJudge(wordNet: SharedWordNet.load(warn: { print("warning: \($0)") }))

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (scorer, judge)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(8).enumerated() {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
        let output: String
        do throws(PairFailure) {
            let pair = try PairInput(line: Array(line), number: number + 1)
            let scores = scorer.score(reference: pair.reference, candidate: pair.candidate)
            for (name, value, limit) in [
                ("chrf", scores.chrf, 100.0), ("bleu", scores.bleu, 100), ("ter", scores.ter, Double.infinity),
            ] {
                precondition(value.isFinite && value >= 0 && value <= limit + 1e-9, "\(name) \(value)")
            }
            let judgement = judge.judge(reference: pair.reference, candidate: pair.candidate, chrf: scores.chrf)
            precondition(
                judgement.drift.isFinite && judgement.drift >= 0 && judgement.drift <= 1, "drift \(judgement.drift)")
            precondition(
                pair.reference != pair.candidate || judgement.drift == 0,
                "identical texts with drift \(judgement.drift)")
            output = RecordCoding.json(
                PairResult(id: pair.id, judgement: judgement, scores: scores, features: number % 2 == 1))
        } catch {
            precondition(error.line == number + 1, "the failure names line \(error.line)")
            output = RecordCoding.json(error)
        }
        precondition(!output.contains("\n"), "a record spans lines")
        precondition((try? JSONValue(parsing: output)) != nil, "the record is not JSON")
    }
    return 0
}
