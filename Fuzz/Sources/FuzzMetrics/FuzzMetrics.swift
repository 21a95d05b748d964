import DriftMetrics
import FuzzSupport

// BLEU, chrF and TER of hypothesis lines against one or two reference files. The input is
// `options byte, hypotheses [0xFF references [0xFF second references]]`; lines are split at
// "\n" and the references padded or cut to the hypotheses' count, as one line per segment.
// The options byte picks the BLEU tokenizer, smoothing, case and effective order, chrF or
// chrF++, and TER's normalisation flags, as `drift score`'s options do.

func lines(_ bytes: ArraySlice<UInt8>) -> [String] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

func check(_ score: Double, _ name: String, upTo limit: Double?) {
    precondition(score.isFinite, "\(name) score \(score) is not finite")
    precondition(score >= -1e-9, "\(name) score \(score) is negative")
    if let limit { precondition(score <= limit + 1e-9, "\(name) score \(score) above \(limit)") }
}

func exercise<M: CorpusMetric>(
    _ metric: M, _ name: String, upTo limit: Double?, hypotheses: [String], references: [[String]]
) {
    let statistics = metric.segmentStatistics(hypotheses: hypotheses, references: references)
    precondition(statistics.count == hypotheses.count, "\(name): one statistics row per segment")
    for (index, row) in statistics.enumerated() {
        precondition(row.count == metric.statisticsCount, "\(name): statistics row \(index) has \(row.count) values")
        precondition(row.allSatisfy { $0.isFinite && $0 >= 0 }, "\(name): statistics row \(index) \(row)")
        check(metric.score(statistics: row).score, "\(name) segment \(index)", upTo: limit)
    }
    check(metric.corpusScore(hypotheses: hypotheses, references: references).score, "\(name) corpus", upTo: limit)
    if !hypotheses.isEmpty {
        let estimate = Bootstrap(resamples: 8).estimate(metric, statistics: statistics)
        check(estimate.mean, "\(name) bootstrap mean", upTo: limit)
        precondition(
            estimate.halfWidth.isFinite && estimate.halfWidth >= 0, "\(name) bootstrap half width \(estimate.halfWidth)"
        )
    }
    _ = metric.signature(referenceCount: references.count).description
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let options = bytes.first else { return 0 }
    let parts = bytes.dropFirst().split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    let hypotheses = lines(parts[0])
    let references = parts.dropFirst().map { part -> [String] in
        let segments = lines(part)
        return (0..<hypotheses.count).map { $0 < segments.count ? segments[$0] : "" }
    }
    let referenceSets = references.isEmpty ? [hypotheses.map { _ in "" }] : references

    let tokenizers = BLEUTokenizer.allCases
    let methods = BLEUSmoothing.Method.allCases
    let bleu = BLEU(
        tokenizer: tokenizers[Int(options & 7) % tokenizers.count], lowercase: options & 8 != 0,
        smoothing: BLEUSmoothing(methods[Int(options >> 4) & 3]), effectiveOrder: options & 64 != 0)
    let chrf = CHRF(wordOrder: options & 128 != 0 ? 2 : 0, lowercase: options & 8 != 0, whitespace: options & 16 != 0)
    let ter = TER(
        tokenizer: TercomTokenizer(
            normalized: options & 8 != 0, noPunctuation: options & 16 != 0, asianSupport: options & 32 != 0,
            caseSensitive: options & 64 != 0))

    exercise(bleu, "BLEU", upTo: 100, hypotheses: hypotheses, references: referenceSets)
    exercise(chrf, "chrF", upTo: 100, hypotheses: hypotheses, references: referenceSets)
    exercise(ter, "TER", upTo: nil, hypotheses: hypotheses, references: referenceSets)
    return 0
}
