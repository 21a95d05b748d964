import Foundation

/// Timing and memory helpers shared by the benchmarks.
public enum Measure {
    /// The peak resident set size of this process so far, in MB.
    public static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The best of `runs` timings of `body`, in seconds, with the last run's result.
    public static func best(of runs: Int, _ body: () -> Int) -> (seconds: Double, result: Int) {
        var fastest = Double.infinity
        var result = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            result = body()
            let elapsed = start.duration(to: .now)
            fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        return (fastest, result)
    }
}
