import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps indices to values on all cores, in blocks, and returns the values in index order, so
/// that output never depends on the number of threads.
public enum ParallelMap {
    /// The number of worker threads: the online processors, or `DRIFT_THREADS` when set.
    public static var threads: Int {
        if let value = getenv("DRIFT_THREADS").map({ String(cString: $0) }), let count = Int(value), count > 0 {
            return count
        }
        return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// `transform(0)…transform(count - 1)`, computed in parallel blocks of at least `minimumBlock`.
    public static func map<T: Sendable>(count: Int, minimumBlock: Int = 64, _ transform: @Sendable (Int) -> T) -> [T] {
        let workers = min(threads, max(1, count / minimumBlock))
        guard workers > 1 else { return (0..<count).map(transform) }
        let blocks = workers * 4
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let storage = results
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            let start = count * block / blocks
            let end = count * (block + 1) / blocks
            for index in start..<end { storage[index] = transform(index) }
        }
        return results.map { $0! }
    }
}
