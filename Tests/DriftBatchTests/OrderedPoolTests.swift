import DriftBatch
import PropertyBased
import Testing

/// The outputs a pool hands over, collected from its writer thread.
private final class Collected: @unchecked Sendable {
    var values: [Int] = []
}

@Suite struct OrderedPoolTests {
    /// Work of uneven length, so that later inputs often finish first.
    private static func work(_ input: Int) -> Int {
        var value = input
        for _ in 0..<((input * 7919) % 50_000) { value = (value &* 31 &+ 7) % 1_000_003 }
        return input * 2 + (value < 0 ? 1 : 0)
    }

    @Test func outputsComeInInputOrderWhateverTheJobs() async {
        await propertyCheck(input: Gen.int(in: 0...300), Gen.int(in: 1...6), Gen.int(in: 1...20)) {
            count, jobs, window in
            let collected = Collected()
            OrderedPool.run(
                Array(0..<count), jobs: jobs, window: window, makeWorker: { () },
                work: { _, input in Self.work(input) },
                emit: { collected.values.append($0) })
            #expect(collected.values == (0..<count).map { $0 * 2 })
        }
    }

    @Test func eachThreadMakesOneWorker() {
        final class Counter: @unchecked Sendable {
            var made = 0
            var used: Set<ObjectIdentifier> = []
        }
        final class Worker {}
        let counter = Counter()
        let collected = Collected()
        // The counter is touched under no lock of its own: the workers only read their own
        // object, and the writer thread records them one at a time.
        OrderedPool.run(
            Array(0..<100), jobs: 3, makeWorker: { Worker() },
            work: { worker, input in (input, ObjectIdentifier(worker)) },
            emit: { output in
                counter.used.insert(output.1)
                collected.values.append(output.0)
            })
        #expect(counter.used.count <= 3)
        #expect(collected.values == Array(0..<100))
    }

    @Test func aLazySequenceIsReadAsTheWindowAllows() {
        final class Source: Sequence, IteratorProtocol, @unchecked Sendable {
            var count = 0
            func next() -> Int? {
                defer { count += 1 }
                return count < 50 ? count : nil
            }
        }
        let collected = Collected()
        OrderedPool.run(
            Source(), jobs: 2, window: 2, makeWorker: { () }, work: { _, input in input },
            emit: { collected.values.append($0) })
        #expect(collected.values == Array(0..<50))
    }
}
