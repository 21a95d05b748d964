import Foundation

/// What both sentence encoders share: a tokenizer and a network, the cache of embeddings, the
/// sharing of work between threads, batching and pooling.
///
/// A sentence's embedding is the mean of the network's last-layer vectors over its tokens,
/// scaled to length 1. A sentence cut into several windows gets the average of its windows'
/// means, each weighted by its tokens between the special ones.
///
/// Thread-safe: calls from several threads encode at the same time, sharing the weights; a
/// sentence that one call is encoding is waited for by the others, not encoded twice.
final class SharedEncoder<Tokenizer: WindowingTokenizer, Weight: WeightMatrix>: @unchecked Sendable {
    /// Tokens per batch.
    static var batchTokens: Int { 4096 }
    /// Sentences a call takes at least when it shares its work with other calls.
    static var smallestShare: Int { 4 }

    let tokenizer: Tokenizer
    let network: EncoderNetwork<Weight>
    /// Guards `cache`, `queue` and `taken`; signalled when a call has stored what it encoded.
    private let lock = NSCondition()
    private var cache: [String: [Float]] = [:]
    /// Sentences that calls need and no call has begun to encode, oldest first.
    private var queue: [String] = []
    /// Sentences that some call is encoding now.
    private var taken: Set<String> = []
    /// Sentences encoded so far: with repeated and shared sentences encoded once, at most the
    /// distinct sentences of all calls (more only when the cache was emptied in between).
    private(set) var encodedCount = 0
    /// Cached sentences at most.
    private let cacheLimit: Int

    init(tokenizer: Tokenizer, network: EncoderNetwork<Weight>, cacheLimit: Int) {
        self.tokenizer = tokenizer
        self.network = network
        self.cacheLimit = cacheLimit
    }

    /// The embeddings of sentences, in order; repeated and cached sentences are encoded once.
    ///
    /// Calls from several threads share the work: each encodes half of what it still needs and
    /// leaves the rest queued, and a call whose sentences are all being encoded by others takes
    /// queued sentences of theirs instead of waiting idle. So two workers that need the same
    /// reference encode it together, once.
    func embed(_ sentences: [String]) -> [[Float]] {
        var found: [String: [Float]] = [:]
        lock.lock()
        defer { lock.unlock() }
        while true {
            var needed: [String] = []
            var neededSet: Set<String> = []
            for sentence in sentences where found[sentence] == nil {
                if let vector = cache[sentence] {
                    found[sentence] = vector
                } else if neededSet.insert(sentence).inserted {
                    needed.append(sentence)
                }
            }
            if needed.isEmpty { break }
            let queued = Set(queue)
            queue += needed.filter { !queued.contains($0) && !taken.contains($0) }
            let mine = needed.filter { !taken.contains($0) }
            let available = mine.isEmpty ? queue : mine
            guard !available.isEmpty else {
                lock.wait()
                continue
            }
            let chunk = Array(available.prefix(max(Self.smallestShare, (available.count + 1) / 2)))
            let chunkSet = Set(chunk)
            queue.removeAll(where: chunkSet.contains)
            taken.formUnion(chunk)
            lock.unlock()
            let vectors = encode(sentences: chunk)
            lock.lock()
            if cache.count + chunk.count > cacheLimit { cache.removeAll(keepingCapacity: true) }
            for (sentence, vector) in zip(chunk, vectors) {
                cache[sentence] = vector
                if neededSet.contains(sentence) { found[sentence] = vector }
            }
            taken.subtract(chunk)
            encodedCount += chunk.count
            lock.broadcast()
        }
        return sentences.map { found[$0]! }
    }

    /// Forgets the cached embeddings.
    func clearCache() {
        lock.lock()
        cache.removeAll()
        lock.unlock()
    }

    /// The embeddings of distinct sentences, in order, their windows encoded in batches of
    /// similar length.
    private func encode(sentences: [String]) -> [[Float]] {
        let windows = sentences.map(tokenizer.windows)
        let ids = windows.flatMap { $0 }
        let owners = windows.indices.flatMap { Array(repeating: sentences[$0], count: windows[$0].count) }
        // Similar lengths together, longest first, cut into batches of about equal tokens: at
        // most batchTokens each, and a multiple of the cores in number, so that no core idles.
        let order = ids.indices.sorted { (ids[$0].count, owners[$0], $0) > (ids[$1].count, owners[$1], $1) }
        let tokens = ids.reduce(0) { $0 + $1.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let needed = (tokens + Self.batchTokens - 1) / Self.batchTokens
        let count = min(ids.count, (needed + cores - 1) / cores * cores)
        var batches: [[Int]] = [[]]
        var filled = 0
        for index in order {
            if !batches[batches.count - 1].isEmpty && filled * count >= batches.count * tokens {
                batches.append([])
            }
            batches[batches.count - 1].append(index)
            filled += ids[index].count
        }
        var sums = [[Float]](repeating: [], count: ids.count)
        for (batch, batchSums) in zip(batches, encode(batches.map { $0.map { ids[$0] } })) {
            for (index, sum) in zip(batch, batchSums) { sums[index] = sum }
        }
        var next = 0
        return windows.map { windows in
            defer { next += windows.count }
            return Self.pooled(sums[next..<(next + windows.count)], lengths: windows.map(\.count))
        }
    }

    /// A sentence's embedding from its windows' token sums: their means averaged, each weighted
    /// by its tokens between the two special ones, scaled to length 1.
    private static func pooled(_ sums: ArraySlice<[Float]>, lengths: [Int]) -> [Float] {
        var vector = sums.first!
        if sums.count > 1 {
            vector = vector.map { _ in 0 }
            for (sum, length) in zip(sums, lengths) {
                let weight = Float(max(length - 2, 1)) / Float(length)
                for i in vector.indices { vector[i] += weight * sum[i] }
            }
        }
        let norm = vector.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector
    }

    /// Encodes batches, several at a time on a machine with several cores: each batch on one
    /// core, with OpenBLAS single-threaded, which uses the cores better than OpenBLAS's own
    /// threads over one batch's small matrices. OpenBLAS stays single-threaded for one batch
    /// alone too: its sums then do not depend on how many threads it has (with several, its
    /// kernels add in another order, and a score could round the other way).
    private func encode(_ batches: [[[Int32]]]) -> [[[Float]]] {
        Matrix.setThreads(1)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, batches.count)
        guard workers > 1 else { return batches.map(network.sums) }
        let results = BatchResults(count: batches.count)
        let network = self.network
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: batches.count, by: workers) {
                results.store(network.sums(batches[index]), at: index)
            }
        }
        return results.values
    }
}
