import DriftMetrics
import Testing

@Suite struct BootstrapTests {
    private let references = [lines("ted.ref")]
    private let systemA = lines("ted.hyp.sysA")
    private let systemB = lines("ted.hyp.sysB")

    @Test func resamplesAreReproducibleAndSeeded() {
        let bootstrap = Bootstrap(resamples: 5, seed: 7)
        #expect(bootstrap.samples(count: 20) == bootstrap.samples(count: 20))
        #expect(bootstrap.samples(count: 20) != Bootstrap(resamples: 5, seed: 8).samples(count: 20))
        #expect(bootstrap.samples(count: 20).allSatisfy { $0.count == 20 && $0.allSatisfy { (0..<20).contains($0) } })
    }

    @Test func confidenceIntervalSurroundsTheScore() {
        let metric = BLEU()
        let statistics = metric.segmentStatistics(hypotheses: systemA, references: references)
        let estimate = Bootstrap().estimate(metric, statistics: statistics)
        #expect(abs(estimate.score - 28.712803361036613) < 1e-9)
        #expect(estimate.halfWidth > 0.5 && estimate.halfWidth < 5)
        #expect(abs(estimate.mean - estimate.score) < estimate.halfWidth)
        #expect(estimate.pValue == nil)
    }

    @Test func pairedTestSeparatesDifferentSystems() {
        let metric = CHRF()
        let baseline = metric.segmentStatistics(hypotheses: systemA, references: references)
        let other = metric.segmentStatistics(hypotheses: systemB, references: references)
        let results = Bootstrap().pairedTest(metric, baseline: baseline, systems: [other, baseline])
        #expect(results.count == 3)
        #expect(results[0].pValue == nil)
        #expect(results[1].score < results[0].score)
        #expect(results[1].pValue! < 0.05)
        // A system against itself: every resample difference is zero.
        #expect(results[2].score == results[0].score)
        #expect(results[2].mean == results[0].mean)
    }
}
