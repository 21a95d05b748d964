/// Runs work on several threads and hands the results over in the order of the inputs, each
/// as soon as it and all before it are done: the engine of `drift batch`.
///
/// The inputs are consumed on the calling thread, which waits while `window` of them are in
/// flight (taken but not yet handed over), so memory is bounded by the window, not by the
/// number of inputs, and a slow input holds up the output of at most `window` others. Each
/// thread makes its own worker, so a worker need not be thread-safe. Results are handed to
/// `emit` on one thread, in order.
public enum OrderedPool {
    private struct State<Input, Output> {
        var queue: [(index: Int, input: Input)] = []
        var head = 0
        var results: [Int: Output] = [:]
        var submitted = 0
        var emitted = 0
        var finished = false
    }

    /// Runs `work` over `inputs` on `jobs` threads.
    ///
    /// - Parameters:
    ///   - inputs: Read on the calling thread, one at a time, as the window allows.
    ///   - jobs: Worker threads, at least 1.
    ///   - window: Inputs in flight at most; at least `jobs`.
    ///   - makeWorker: Called once on each worker thread.
    ///   - work: Turns an input into its output with the thread's worker.
    ///   - emit: Receives the outputs in input order, on one thread.
    public static func run<Input: Sendable, Output: Sendable, Worker>(
        _ inputs: some Sequence<Input>, jobs: Int, window: Int? = nil,
        makeWorker: @escaping @Sendable () -> Worker,
        work: @escaping @Sendable (Worker, Input) -> Output,
        emit: @escaping @Sendable (Output) -> Void
    ) {
        let jobs = max(1, jobs)
        let window = max(jobs, window ?? 4 * jobs)
        let monitor = Monitor(State<Input, Output>())
        let workers = (0..<jobs).map { _ in
            WorkerThread {
                let worker = makeWorker()
                while true {
                    let next: (index: Int, input: Input)? = monitor.update(
                        when: { $0.head < $0.queue.count || $0.finished },
                        { state in
                            guard state.head < state.queue.count else { return nil }
                            let item = state.queue[state.head]
                            state.head += 1
                            if state.head > 64 && state.head * 2 > state.queue.count {
                                state.queue.removeFirst(state.head)
                                state.head = 0
                            }
                            return item
                        })
                    guard let next else { return }
                    let output = work(worker, next.input)
                    monitor.update { $0.results[next.index] = output }
                }
            }
        }
        let writer = WorkerThread {
            while true {
                let ready: [Output]? = monitor.update(
                    when: { $0.results[$0.emitted] != nil || ($0.finished && $0.emitted == $0.submitted) },
                    { state in
                        var ready: [Output] = []
                        while let output = state.results.removeValue(forKey: state.emitted) {
                            ready.append(output)
                            state.emitted += 1
                        }
                        return ready.isEmpty ? nil : ready
                    })
                guard let ready else { return }
                for output in ready { emit(output) }
            }
        }
        for input in inputs {
            monitor.update(when: { $0.submitted - $0.emitted < window }) { state in
                state.queue.append((state.submitted, input))
                state.submitted += 1
            }
        }
        monitor.update { $0.finished = true }
        for worker in workers { worker.join() }
        writer.join()
    }
}
