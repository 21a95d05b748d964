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
/// once. Not thread-safe: one encoder per worker (the weights take 90 MB).
public final class SentenceEncoder {
    /// The embedding size.
    public static let dimension = 384
    static let heads = 12
    static let intermediate = 1536
    static let layerCount = 6
    /// Tokens per batch.
    static let batchTokens = 4096

    /// The model folder: `DRIFT_MODEL_DIR`, else `~/.cache/drift/all-MiniLM-L6-v2`.
    public static var defaultDirectory: String {
        if let directory = ProcessInfo.processInfo.environment["DRIFT_MODEL_DIR"], !directory.isEmpty { return directory }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/drift/all-MiniLM-L6-v2"
    }

    /// The tokenizer in front of the encoder.
    public let tokenizer: WordPieceTokenizer
    private let wordEmbeddings: [Float]
    private let positionEmbeddings: [Float]
    private let typeEmbedding: [Float]
    private let embeddingNormGamma: [Float]
    private let embeddingNormBeta: [Float]
    private let layers: [EncoderLayer]
    private let maxPositions: Int
    private var cache: [String: [Float]] = [:]

    /// Loads the model from a folder holding `model.safetensors` and `vocab.txt`.
    ///
    /// - Throws: `EmbedError.modelMissing` when a file is absent, `.invalidModel` when a
    ///   tensor is missing or misshapen.
    public init(directory: String = SentenceEncoder.defaultDirectory) throws(EmbedError) {
        tokenizer = try WordPieceTokenizer(vocabularyFile: directory + "/vocab.txt")
        let tensors = try SafeTensors(path: directory + "/model.safetensors")
        let hidden = Self.dimension
        let vocabularySize = tensors.entries["embeddings.word_embeddings.weight"]?.shape.first ?? 0
        guard vocabularySize >= tokenizer.vocabulary.count else {
            throw .invalidModel(path: tensors.path, reason: "\(vocabularySize) word embeddings for a vocabulary of \(tokenizer.vocabulary.count)")
        }
        maxPositions = tensors.entries["embeddings.position_embeddings.weight"]?.shape.first ?? 0
        guard maxPositions >= tokenizer.maxTokens else {
            throw .invalidModel(path: tensors.path, reason: "\(maxPositions) positions, fewer than \(tokenizer.maxTokens) tokens")
        }
        wordEmbeddings = try tensors.floats("embeddings.word_embeddings.weight", shape: [vocabularySize, hidden])
        positionEmbeddings = try tensors.floats("embeddings.position_embeddings.weight", shape: [maxPositions, hidden])
        typeEmbedding = Array(try tensors.floats("embeddings.token_type_embeddings.weight", shape: [2, hidden])[0..<hidden])
        embeddingNormGamma = try tensors.floats("embeddings.LayerNorm.weight", shape: [hidden])
        embeddingNormBeta = try tensors.floats("embeddings.LayerNorm.bias", shape: [hidden])
        var layers: [EncoderLayer] = []
        for index in 0..<Self.layerCount {
            layers.append(try EncoderLayer(tensors, index: index, hidden: hidden, intermediate: Self.intermediate))
        }
        self.layers = layers
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
        var start = 0
        while start < order.count {
            var end = start
            var tokens = 0
            while end < order.count && (end == start || tokens + ids[order[end]].count <= Self.batchTokens) {
                tokens += ids[order[end]].count
                end += 1
            }
            let batch = Array(order[start..<end])
            for (index, vector) in zip(batch, encode(batch.map { ids[$0] })) { cache[missing[index]] = vector }
            start = end
        }
        return sentences.map { cache[$0]! }
    }

    /// Forgets the cached embeddings.
    public func clearCache() {
        cache.removeAll()
    }

    /// Cosine of two embeddings (their dot product, as both have length 1).
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        Double(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 })
    }

    /// The forward pass over sequences of ids.
    func encode(_ sequences: [[Int32]]) -> [[Float]] {
        let hidden = Self.dimension
        let total = sequences.reduce(0) { $0 + $1.count }
        var offsets: [Int] = []
        var state = [Float](repeating: 0, count: total * hidden)
        var row = 0
        for sequence in sequences {
            offsets.append(row)
            for (position, id) in sequence.enumerated() {
                let word = Int(id) * hidden
                let place = position * hidden
                for i in 0..<hidden {
                    state[row * hidden + i] = wordEmbeddings[word + i] + positionEmbeddings[place + i] + typeEmbedding[i]
                }
                row += 1
            }
        }
        Matrix.layerNorm(&state, width: hidden, gamma: embeddingNormGamma, beta: embeddingNormBeta)
        for layer in layers {
            state = apply(layer, to: state, rows: total, offsets: offsets, lengths: sequences.map(\.count))
        }
        return zip(offsets, sequences).map { offset, sequence in
            var mean = [Float](repeating: 0, count: hidden)
            for token in 0..<sequence.count {
                for i in 0..<hidden { mean[i] += state[(offset + token) * hidden + i] }
            }
            let norm = mean.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? mean.map { $0 / norm } : mean
        }
    }

    private func apply(_ layer: EncoderLayer, to state: [Float], rows: Int, offsets: [Int], lengths: [Int]) -> [Float] {
        let hidden = Self.dimension
        let headSize = hidden / Self.heads
        let qkv = Matrix.linear(state, rows: rows, weight: layer.qkvWeight, bias: layer.qkvBias, inputs: hidden, outputs: 3 * hidden)
        var context = [Float](repeating: 0, count: rows * hidden)
        let longest = lengths.max() ?? 0
        var scores = [Float](repeating: 0, count: longest * longest)
        let scale = 1 / Float(headSize).squareRoot()
        qkv.withUnsafeBufferPointer { qkv in
            context.withUnsafeMutableBufferPointer { context in
                scores.withUnsafeMutableBufferPointer { scores in
                    for (offset, length) in zip(offsets, lengths) {
                        for head in 0..<Self.heads {
                            let query = qkv.baseAddress! + offset * 3 * hidden + head * headSize
                            let key = query + hidden
                            let value = query + 2 * hidden
                            Matrix.multiply(query, lda: 3 * hidden, key, ldb: 3 * hidden, into: scores.baseAddress!, ldc: length,
                                            m: length, n: length, k: headSize, transposeB: true, alpha: scale)
                            Matrix.softmaxRows(scores.baseAddress!, rows: length, width: length)
                            Matrix.multiply(scores.baseAddress!, lda: length, value, ldb: 3 * hidden,
                                            into: context.baseAddress! + offset * hidden + head * headSize, ldc: hidden,
                                            m: length, n: headSize, k: length, transposeB: false)
                        }
                    }
                }
            }
        }
        var attended = Matrix.linear(context, rows: rows, weight: layer.attentionOutputWeight, bias: layer.attentionOutputBias,
                                     inputs: hidden, outputs: hidden)
        for i in attended.indices { attended[i] += state[i] }
        Matrix.layerNorm(&attended, width: hidden, gamma: layer.attentionNormGamma, beta: layer.attentionNormBeta)
        var inner = Matrix.linear(attended, rows: rows, weight: layer.intermediateWeight, bias: layer.intermediateBias,
                                  inputs: hidden, outputs: Self.intermediate)
        Matrix.gelu(&inner)
        var output = Matrix.linear(inner, rows: rows, weight: layer.outputWeight, bias: layer.outputBias,
                                   inputs: Self.intermediate, outputs: hidden)
        for i in output.indices { output[i] += attended[i] }
        Matrix.layerNorm(&output, width: hidden, gamma: layer.outputNormGamma, beta: layer.outputNormBeta)
        return output
    }
}
