#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The weights of the encoder and its forward pass: immutable, so several threads may run it
/// at once on different batches.
struct EncoderNetwork: Sendable {
    let wordEmbeddings: [Float]
    let positionEmbeddings: [Float]
    let typeEmbedding: [Float]
    let embeddingNormGamma: [Float]
    let embeddingNormBeta: [Float]
    let layers: [EncoderLayer]

    /// Reads the weights; `vocabularySize` and `maxPositions` were checked by the caller.
    init(_ tensors: SafeTensors, vocabularySize: Int, maxPositions: Int) throws(EmbedError) {
        let hidden = SentenceEncoder.dimension
        wordEmbeddings = try tensors.floats("embeddings.word_embeddings.weight", shape: [vocabularySize, hidden])
        positionEmbeddings = try tensors.floats("embeddings.position_embeddings.weight", shape: [maxPositions, hidden])
        typeEmbedding = Array(
            try tensors.floats("embeddings.token_type_embeddings.weight", shape: [2, hidden])[0..<hidden])
        embeddingNormGamma = try tensors.floats("embeddings.LayerNorm.weight", shape: [hidden])
        embeddingNormBeta = try tensors.floats("embeddings.LayerNorm.bias", shape: [hidden])
        var layers: [EncoderLayer] = []
        for index in 0..<SentenceEncoder.layerCount {
            layers.append(
                try EncoderLayer(tensors, index: index, hidden: hidden, intermediate: SentenceEncoder.intermediate))
        }
        self.layers = layers
    }

    /// The forward pass over sequences of ids.
    func encode(_ sequences: [[Int32]]) -> [[Float]] {
        let hidden = SentenceEncoder.dimension
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
                    state[row * hidden + i] =
                        wordEmbeddings[word + i] + positionEmbeddings[place + i] + typeEmbedding[i]
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
        let hidden = SentenceEncoder.dimension
        let headSize = hidden / SentenceEncoder.heads
        let qkv = Matrix.linear(
            state, rows: rows, weight: layer.qkvWeight, bias: layer.qkvBias, inputs: hidden, outputs: 3 * hidden)
        var context = [Float](repeating: 0, count: rows * hidden)
        let longest = lengths.max() ?? 0
        var scores = [Float](repeating: 0, count: longest * longest)
        let scale = 1 / Float(headSize).squareRoot()
        qkv.withUnsafeBufferPointer { qkv in
            context.withUnsafeMutableBufferPointer { context in
                scores.withUnsafeMutableBufferPointer { scores in
                    for (offset, length) in zip(offsets, lengths) {
                        for head in 0..<SentenceEncoder.heads {
                            let query = qkv.baseAddress! + offset * 3 * hidden + head * headSize
                            let key = query + hidden
                            let value = query + 2 * hidden
                            Matrix.multiply(
                                query, lda: 3 * hidden, key, ldb: 3 * hidden, into: scores.baseAddress!, ldc: length,
                                m: length, n: length, k: headSize, transposeB: true, alpha: scale)
                            Matrix.softmaxRows(scores.baseAddress!, rows: length, width: length)
                            Matrix.multiply(
                                scores.baseAddress!, lda: length, value, ldb: 3 * hidden,
                                into: context.baseAddress! + offset * hidden + head * headSize, ldc: hidden,
                                m: length, n: headSize, k: length, transposeB: false)
                        }
                    }
                }
            }
        }
        var attended = Matrix.linear(
            context, rows: rows, weight: layer.attentionOutputWeight, bias: layer.attentionOutputBias,
            inputs: hidden, outputs: hidden)
        for i in attended.indices { attended[i] += state[i] }
        Matrix.layerNorm(&attended, width: hidden, gamma: layer.attentionNormGamma, beta: layer.attentionNormBeta)
        var inner = Matrix.linear(
            attended, rows: rows, weight: layer.intermediateWeight, bias: layer.intermediateBias,
            inputs: hidden, outputs: SentenceEncoder.intermediate)
        Matrix.gelu(&inner)
        var output = Matrix.linear(
            inner, rows: rows, weight: layer.outputWeight, bias: layer.outputBias,
            inputs: SentenceEncoder.intermediate, outputs: hidden)
        for i in output.indices { output[i] += attended[i] }
        Matrix.layerNorm(&output, width: hidden, gamma: layer.outputNormGamma, beta: layer.outputNormBeta)
        return output
    }
}
