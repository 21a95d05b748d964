/// Bootstrap resampling as sacreBLEU's `--confidence` and `--paired-bs` do it: resample the
/// test set's segments with replacement, recompute the score from summed statistics, and read
/// the 95 % interval from the sorted resample scores (the 2.5 % tails, `n // 40` from each end).
///
/// The same resamples serve every system, so paired comparisons are paired. drift draws them
/// with SplitMix64 from `seed`: results are reproducible, but not bit-identical to sacreBLEU's
/// (which uses NumPy's PCG64).
public struct Bootstrap: Sendable, Hashable {
    /// Number of resamples (sacreBLEU's default: 1,000).
    public var resamples: Int
    /// Seed of the resampling (sacreBLEU's default: 12345).
    public var seed: UInt64

    public init(resamples: Int = 1000, seed: UInt64 = 12345) {
        self.resamples = resamples
        self.seed = seed
    }

    /// The segment indices of every resample of a test set of `count` segments.
    public func samples(count: Int) -> [[Int]] {
        var generator = SplitMix64(seed: seed)
        return (0..<resamples).map { _ in (0..<count).map { _ in Self.index(below: count, using: &generator) } }
    }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method, spelled out here
    /// so that the resamples never change with the standard library.
    private static func index(below bound: Int, using generator: inout SplitMix64) -> Int {
        let range = UInt64(bound)
        let threshold = (0 &- range) % range
        while true {
            let (high, low) = generator.next().multipliedFullWidth(by: range)
            if low >= threshold { return Int(high) }
        }
    }

    /// The score of every resample.
    public func scores<M: CorpusMetric>(_ metric: M, statistics: [[Double]], samples: [[Int]]) -> [Double] {
        samples.map { sample in metric.score(statistics: metric.sum(sample.lazy.map { statistics[$0] })).score }
    }

    /// Mean and 95 % interval of one system (`--confidence`).
    public func estimate<M: CorpusMetric>(_ metric: M, statistics: [[Double]]) -> BootstrapEstimate {
        let samples = samples(count: statistics.count)
        return estimate(
            metric, statistics: statistics, resampled: scores(metric, statistics: statistics, samples: samples))
    }

    /// Paired bootstrap test of each system against the baseline (`--paired-bs`): the first
    /// estimate is the baseline's, with no p-value; the others are in the order given.
    public func pairedTest<M: CorpusMetric>(_ metric: M, baseline: [[Double]], systems: [[[Double]]])
        -> [BootstrapEstimate]
    {
        let samples = samples(count: baseline.count)
        let baselineScores = scores(metric, statistics: baseline, samples: samples)
        let baselineEstimate = estimate(metric, statistics: baseline, resampled: baselineScores)
        return [baselineEstimate]
            + systems.map { system in
                let systemScores = scores(metric, statistics: system, samples: samples)
                let systemEstimate = estimate(metric, statistics: system, resampled: systemScores)
                let difference = abs(baselineEstimate.score - systemEstimate.score)
                let sampleDifferences = zip(systemScores, baselineScores).map { abs($0 - $1) }
                let meanDifference = sampleDifferences.reduce(0, +) / Double(sampleDifferences.count)
                // sacreBLEU's p-value: centred sample differences above the real one, plus one.
                let above = sampleDifferences.filter { $0 - meanDifference > difference }.count
                let pValue = Double(above + 1) / Double(sampleDifferences.count + 1)
                return BootstrapEstimate(
                    score: systemEstimate.score, mean: systemEstimate.mean, halfWidth: systemEstimate.halfWidth,
                    pValue: pValue)
            }
    }

    private func estimate<M: CorpusMetric>(_ metric: M, statistics: [[Double]], resampled: [Double])
        -> BootstrapEstimate
    {
        let sorted = resampled.sorted()
        let lower = sorted.count / 40
        let upper = sorted.count - lower - 1
        return BootstrapEstimate(
            score: metric.score(statistics: metric.sum(statistics)).score,
            mean: sorted.reduce(0, +) / Double(max(sorted.count, 1)),
            halfWidth: sorted.isEmpty ? 0 : 0.5 * (sorted[upper] - sorted[lower]),
            pValue: nil)
    }
}
