import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// all-MiniLM-L6-v2, run natively: sentences in, unit vectors of 384 dimensions out.
///
/// A 6-layer BERT encoder (hidden size 384, 12 heads, feed-forward 1536, GELU) reads the
/// WordPiece ids of each sentence; the last layer's vectors are averaged over the tokens and
/// scaled to length 1, so that the dot product of two embeddings is their cosine. Sentences
/// are encoded in batches of similar length without padding: the dense layers run over all
/// tokens of a batch at once (OpenBLAS), attention within each sentence.
///
/// Embeddings are cached by sentence, so a reference compared with many versions is encoded
/// once. Batches run in parallel on the machine's cores. Safe to call from several threads,
/// which then encode at the same time (the weights, 90 MB, are shared): a sentence that one
/// call is encoding is waited for by the others, not encoded twice.
public final class SentenceEncoder: @unchecked Sendable {
    /// The embedding size.
    public static let dimension = 384
    static let heads = 12
    static let intermediate = 1536
    static let layerCount = 6
    /// Tokens per batch.
    static let batchTokens = 4096
    /// Sentences a call takes at least when it shares its work with other calls.
    static let smallestShare = 4
    /// Cached sentences at most by default; the cache is emptied beyond, so that a long
    /// stream of pairs does not grow without bound (100,000 sentences take about 150 MB).
    public static let defaultCacheLimit = 100_000

    /// The model folder: `DRIFT_MODEL_DIR`, else `~/.cache/drift/all-MiniLM-L6-v2`.
    public static var defaultDirectory: String {
        if let directory = ProcessInfo.processInfo.environment["DRIFT_MODEL_DIR"], !directory.isEmpty {
            return directory
        }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/drift/all-MiniLM-L6-v2"
    }

    /// The tokenizer in front of the encoder.
    public let tokenizer: WordPieceTokenizer
    private let network: EncoderNetwork
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

    /// Loads the model from a folder holding `model.safetensors` and `vocab.txt`.
    ///
    /// - Parameters:
    ///   - directory: The model's folder.
    ///   - cacheLimit: Sentences whose embeddings are kept at most (1.5 KB each).
    /// - Throws: `EmbedError.modelMissing` when a file is absent, `.invalidModel` when a
    ///   tensor is missing or misshapen.
    public init(
        directory: String = SentenceEncoder.defaultDirectory, cacheLimit: Int = SentenceEncoder.defaultCacheLimit
    )
        throws(EmbedError)
    {
        self.cacheLimit = cacheLimit
        tokenizer = try WordPieceTokenizer(vocabularyFile: directory + "/vocab.txt")
        let tensors = try SafeTensors(path: directory + "/model.safetensors")
        let vocabularySize = tensors.entries["embeddings.word_embeddings.weight"]?.shape.first ?? 0
        guard vocabularySize >= tokenizer.vocabulary.count else {
            throw .invalidModel(
                path: tensors.path,
                reason: "\(vocabularySize) word embeddings for a vocabulary of \(tokenizer.vocabulary.count)")
        }
        let maxPositions = tensors.entries["embeddings.position_embeddings.weight"]?.shape.first ?? 0
        guard maxPositions >= tokenizer.maxTokens else {
            throw .invalidModel(
                path: tensors.path, reason: "\(maxPositions) positions, fewer than \(tokenizer.maxTokens) tokens")
        }
        network = try EncoderNetwork(tensors, vocabularySize: vocabularySize, maxPositions: maxPositions)
    }

    /// The embedding of one sentence.
    public func embed(_ sentence: String) -> [Float] {
        embed([sentence])[0]
    }

    /// The embeddings of sentences, in order; repeated and cached sentences are encoded once.
    ///
    /// Calls from several threads share the work: each encodes half of what it still needs and
    /// leaves the rest queued, and a call whose sentences are all being encoded by others takes
    /// queued sentences of theirs instead of waiting idle. So two workers that need the same
    /// reference encode it together, once.
    public func embed(_ sentences: [String]) -> [[Float]] {
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

    /// The embeddings of distinct sentences, in order, encoded in batches of similar length.
    private func encode(sentences: [String]) -> [[Float]] {
        let ids = sentences.map(tokenizer.ids)
        // Similar lengths together, longest first; cut into batches of about batchTokens tokens.
        let order = ids.indices.sorted { (ids[$0].count, sentences[$0]) > (ids[$1].count, sentences[$1]) }
        var batches: [[Int]] = []
        var start = 0
        while start < order.count {
            var end = start
            var tokens = 0
            while end < order.count && (end == start || tokens + ids[order[end]].count <= Self.batchTokens) {
                tokens += ids[order[end]].count
                end += 1
            }
            batches.append(Array(order[start..<end]))
            start = end
        }
        var vectors = [[Float]](repeating: [], count: sentences.count)
        for (batch, batchVectors) in zip(batches, encode(batches.map { $0.map { ids[$0] } })) {
            for (index, vector) in zip(batch, batchVectors) { vectors[index] = vector }
        }
        return vectors
    }

    /// Encodes batches, several at a time on a machine with several cores: each batch on one
    /// core, with OpenBLAS single-threaded, which uses the cores better than OpenBLAS's own
    /// threads over one batch's small matrices. OpenBLAS stays single-threaded for one batch
    /// alone too: its sums then do not depend on how many threads it has (with several, its
    /// kernels add in another order, and a score could round the other way).
    private func encode(_ batches: [[[Int32]]]) -> [[[Float]]] {
        Matrix.setThreads(1)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, batches.count)
        guard workers > 1 else { return batches.map(network.encode) }
        let results = BatchResults(count: batches.count)
        let network = self.network
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: batches.count, by: workers) {
                results.store(network.encode(batches[index]), at: index)
            }
        }
        return results.values
    }

    /// Forgets the cached embeddings.
    public func clearCache() {
        lock.lock()
        cache.removeAll()
        lock.unlock()
    }

    /// Cosine of two embeddings (their dot product, as both have length 1).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        Double(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 })
    }
}
