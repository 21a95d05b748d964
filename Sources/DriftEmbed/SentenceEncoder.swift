import Foundation

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
public final class SentenceEncoder: SentenceEncoding {
    /// The embedding size.
    public static let dimension = 384
    static let heads = 12
    static let intermediate = 1536
    static let layerCount = 6
    /// Cached sentences at most by default; the cache is emptied beyond, so that a long
    /// stream of pairs does not grow without bound (100,000 sentences take about 150 MB).
    public static let defaultCacheLimit = 100_000

    /// The model folder: `DRIFT_MODEL_DIR`, else `~/.cache/drift/all-MiniLM-L6-v2`.
    public static var defaultDirectory: String {
        ModelDirectory.resolve(environment: "DRIFT_MODEL_DIR", folder: "all-MiniLM-L6-v2")
    }

    /// The tokenizer in front of the encoder.
    public var tokenizer: WordPieceTokenizer { shared.tokenizer }
    private let shared: SharedEncoder<WordPieceTokenizer, DenseMatrix>
    /// Sentences encoded so far (see `SharedEncoder.encodedCount`).
    var encodedCount: Int { shared.encodedCount }

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
        let tokenizer = try WordPieceTokenizer(vocabularyFile: directory + "/vocab.txt")
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
        let network = try EncoderNetwork(
            tensors, vocabularySize: vocabularySize, maxPositions: maxPositions, hidden: Self.dimension,
            heads: Self.heads, intermediate: Self.intermediate, layerCount: Self.layerCount)
        shared = SharedEncoder(tokenizer: tokenizer, network: network, cacheLimit: cacheLimit)
    }

    /// The embeddings of sentences, in order; repeated and cached sentences are encoded once.
    ///
    /// Calls from several threads share the work: each encodes half of what it still needs and
    /// leaves the rest queued, and a call whose sentences are all being encoded by others takes
    /// queued sentences of theirs instead of waiting idle. So two workers that need the same
    /// reference encode it together, once.
    public func embed(_ sentences: [String]) -> [[Float]] {
        shared.embed(sentences)
    }

    /// Forgets the cached embeddings.
    public func clearCache() {
        shared.clearCache()
    }
}
