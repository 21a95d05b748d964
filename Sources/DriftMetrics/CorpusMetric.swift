/// A metric computed as sacreBLEU computes it: sufficient statistics per segment, summed over
/// the corpus, then turned into a score.
///
/// Statistics are vectors of numbers that add up: a corpus score is the score of the sum of its
/// segments' statistics, which is also what makes bootstrap resampling cheap.
public protocol CorpusMetric: Sendable {
    associatedtype Score: MetricScore

    /// The statistics of one hypothesis against its references (one or more).
    func statistics(hypothesis: String, references: [String]) -> [Double]

    /// The score of summed statistics.
    func score(statistics: [Double]) -> Score

    /// The reproducibility signature for `referenceCount` references.
    func signature(referenceCount: Int) -> Signature

    /// The length of a statistics vector.
    var statisticsCount: Int { get }
}

extension CorpusMetric {
    /// The statistics of every segment. `references[r][i]` is reference `r` of segment `i`.
    ///
    /// Segments are scored on all cores in blocks; the result is in segment order whatever the
    /// number of threads.
    public func segmentStatistics(hypotheses: [String], references: [[String]]) -> [[Double]] {
        ParallelMap.map(count: hypotheses.count) { index in
            statistics(hypothesis: hypotheses[index], references: references.map { $0[index] })
        }
    }

    /// The corpus score. `references[r][i]` is reference `r` of segment `i`.
    public func corpusScore(hypotheses: [String], references: [[String]]) -> Score {
        score(statistics: sum(segmentStatistics(hypotheses: hypotheses, references: references)))
    }

    /// The score of one segment against its references.
    public func sentenceScore(hypothesis: String, references: [String]) -> Score {
        score(statistics: statistics(hypothesis: hypothesis, references: references))
    }

    /// Element-wise sum of segment statistics (zeros for no segments).
    public func sum(_ statistics: some Sequence<[Double]>) -> [Double] {
        var total = [Double](repeating: 0, count: statisticsCount)
        for row in statistics {
            for index in total.indices { total[index] += row[index] }
        }
        return total
    }
}
