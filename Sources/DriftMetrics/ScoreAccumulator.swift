/// Corpus scores built up from blocks of segments, so that files of any length are scored
/// without holding their text: each block's statistics are added to running sums (and kept per
/// segment only when a bootstrap needs them).
public struct ScoreAccumulator: Sendable {
    public let metrics: [any CorpusMetric]
    /// The systems' names, in order.
    public let systems: [String]
    /// The number of references of every segment.
    public let referenceCount: Int
    /// Whether each segment's statistics are kept, for `corpusScores(bootstrap:)`.
    public let keepsSegments: Bool
    /// `sums[m][s]`: the summed statistics of metric `m` for system `s`.
    private var sums: [[[Double]]]
    /// `segments[m][s]`: the statistics of every segment, when kept.
    private var segments: [[[[Double]]]]
    /// The segments added so far.
    public private(set) var segmentCount = 0

    /// Creates an empty accumulator.
    ///
    /// - Parameters:
    ///   - metrics: The metrics whose statistics are summed.
    ///   - systems: The systems' names, in the order their segments are added.
    ///   - referenceCount: The references per segment.
    ///   - keepsSegments: Keep each segment's statistics, as a bootstrap needs.
    public init(metrics: [any CorpusMetric], systems: [String], referenceCount: Int, keepsSegments: Bool) {
        self.metrics = metrics
        self.systems = systems
        self.referenceCount = referenceCount
        self.keepsSegments = keepsSegments
        sums = metrics.map { metric in systems.map { _ in [Double](repeating: 0, count: metric.statisticsCount) } }
        segments = metrics.map { _ in systems.map { _ in [] } }
    }

    /// Adds the segments of `job`, whose systems and references are this accumulator's.
    public mutating func add(_ job: ScoringJob) {
        for (m, metric) in metrics.enumerated() {
            for s in systems.indices {
                let statistics = metric.segmentStatistics(
                    hypotheses: job.systems[s].hypotheses, references: job.references)
                sums[m][s] = metric.sum([sums[m][s]] + statistics)
                if keepsSegments { segments[m][s] += statistics }
            }
        }
        segmentCount += job.references.first?.count ?? 0
    }

    /// Corpus scores: `result[m][s]` is metric `m` for system `s`. With `bootstrap` (which needs
    /// `keepsSegments`), one system gets a confidence interval, several a paired test against
    /// the first.
    public func corpusScores(bootstrap: Bootstrap? = nil) -> [[ScoredSystem]] {
        metrics.indices.map { m in
            scores(metrics[m], sums: sums[m], segments: segments[m], bootstrap: keepsSegments ? bootstrap : nil)
        }
    }

    private func scores<M: CorpusMetric>(_ metric: M, sums: [[Double]], segments: [[[Double]]], bootstrap: Bootstrap?)
        -> [ScoredSystem]
    {
        var signature = metric.signature(referenceCount: referenceCount)
        var estimates: [BootstrapEstimate?] = Array(repeating: nil, count: systems.count)
        if let bootstrap {
            signature.addBootstrap(resamples: bootstrap.resamples, seed: bootstrap.seed)
            if systems.count == 1 {
                estimates = [bootstrap.estimate(metric, statistics: segments[0])]
            } else {
                estimates = bootstrap.pairedTest(metric, baseline: segments[0], systems: Array(segments.dropFirst()))
            }
        }
        return systems.indices.map { s in
            ScoredSystem(
                system: systems[s], score: metric.score(statistics: sums[s]), signature: signature,
                estimate: estimates[s])
        }
    }
}
