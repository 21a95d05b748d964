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
/// once. Batches run in parallel on the machine's cores. Not thread-safe: call it from one
/// thread at a time (the weights take 90 MB).
public final class SentenceEncoder {
    /// The embedding size.
    public static let dimension = 384
    static let heads = 12
    static let intermediate = 1536
    static let layerCount = 6
    /// Tokens per batch.
    static let batchTokens = 4096
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
    private var cache: [String: [Float]] = [:]
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
    public func embed(_ sentences: [String]) -> [[Float]] {
        let missing = Array(Set(sentences.filter { cache[$0] == nil }))
        let ids = missing.map(tokenizer.ids)
        // Similar lengths together, longest first; cut into batches of about batchTokens tokens.
        let order = ids.indices.sorted { (ids[$0].count, missing[$0]) > (ids[$1].count, missing[$1]) }
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
        let vectors = encode(batches.map { $0.map { ids[$0] } })
        for (batch, batchVectors) in zip(batches, vectors) {
            for (index, vector) in zip(batch, batchVectors) { cache[missing[index]] = vector }
        }
        let result = sentences.map { cache[$0]! }
        if cache.count > cacheLimit { cache.removeAll(keepingCapacity: true) }
        return result
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
        cache.removeAll()
    }

    /// Cosine of two embeddings (their dot product, as both have length 1).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        Double(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 })
    }
}
