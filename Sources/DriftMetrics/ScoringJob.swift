/// Scores one or more systems against shared references with sacreBLEU's metrics: corpus
/// scores, sentence scores, confidence intervals and paired bootstrap tests.
public struct ScoringJob: Sendable {
    /// A system's name and its hypotheses, one per segment.
    public typealias System = (name: String, hypotheses: [String])

    public let metrics: [any CorpusMetric]
    /// `references[r][i]`: reference `r` of segment `i`.
    public let references: [[String]]
    public let systems: [System]

    /// Creates a job after checking that every file has as many lines as the others.
    ///
    /// - Parameters:
    ///   - metrics: The metrics to compute.
    ///   - references: `references[r][i]`: reference `r` of segment `i`.
    ///   - referenceNames: The reference files, for error messages.
    ///   - systems: The systems' outputs, one line per segment.
    /// - Throws: `ScoringError` for a missing reference or a line-count mismatch.
    public init(
        metrics: [any CorpusMetric], references: [[String]], referenceNames: [String], systems: [System]
    ) throws(ScoringError) {
        guard let first = references.first else { throw .noReference }
        for (index, reference) in references.enumerated() where reference.count != first.count {
            throw .lineCountMismatch(
                hypothesis: referenceNames[index], hypothesisLines: reference.count, reference: referenceNames[0],
                referenceLines: first.count)
        }
        for system in systems where system.hypotheses.count != first.count {
            throw .lineCountMismatch(
                hypothesis: system.name, hypothesisLines: system.hypotheses.count, reference: referenceNames[0],
                referenceLines: first.count)
        }
        self.metrics = metrics
        self.references = references
        self.systems = systems
    }

    /// Corpus scores: `result[m][s]` is metric `m` for system `s`. With `bootstrap`, one system
    /// gets a confidence interval, several get a paired test against the first.
    public func corpusScores(bootstrap: Bootstrap? = nil) -> [[ScoredSystem]] {
        var accumulator = ScoreAccumulator(
            metrics: metrics, systems: systems.map(\.name), referenceCount: references.count,
            keepsSegments: bootstrap != nil)
        accumulator.add(self)
        return accumulator.corpusScores(bootstrap: bootstrap)
    }

    /// Sentence scores of one system: `result[i][m]` is metric `m` on segment `i`.
    public func sentenceScores(system: Int = 0) -> [[any MetricScore]] {
        let metrics = sentenceMetrics
        let hypotheses = systems[system].hypotheses
        let references = references
        return ParallelMap.map(count: hypotheses.count) { index in
            let segmentReferences = references.map { $0[index] }
            return metrics.map { metric in
                metric.sentenceScore(hypothesis: hypotheses[index], references: segmentReferences)
            }
        }
    }

    /// The signatures of the sentence-level metrics.
    public var sentenceSignatures: [Signature] {
        sentenceMetrics.map { $0.signature(referenceCount: references.count) }
    }

    /// The metrics for sentence scores: BLEU with the effective order, as sacreBLEU's
    /// sentence-level mode uses it.
    private var sentenceMetrics: [any CorpusMetric] {
        metrics.map { metric in
            guard var bleu = metric as? BLEU else { return metric }
            bleu.effectiveOrder = true
            return bleu
        }
    }
}
