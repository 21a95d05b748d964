#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A BERT encoder's weights (float32 or 4-bit) and its forward pass: immutable, so several
/// threads may run it at once on different batches.
struct EncoderNetwork<Weight: WeightMatrix>: Sendable {
    /// [vocabulary × hidden].
    let wordEmbeddings: Weight
    /// [positions × hidden], row 0 for the first token.
    let positionEmbeddings: [Float]
    let typeEmbedding: [Float]
    let embeddingNormGamma: [Float]
    let embeddingNormBeta: [Float]
    let layers: [EncoderLayer<Weight>]
    let heads: Int
    /// The layer normalisations' epsilon.
    let epsilon: Float
    /// Whether GELU uses libm's `erff` (to the last bit) or a faster polynomial (to 1.5e-7).
    let exactGELU: Bool

    var hidden: Int { wordEmbeddings.columns }

    /// The sum of the last layer's vectors over each sequence's tokens.
    func sums(_ sequences: [[Int32]]) -> [[Float]] {
        let hidden = self.hidden
        let total = sequences.reduce(0) { $0 + $1.count }
        var offsets: [Int] = []
        var state = [Float](repeating: 0, count: total * hidden)
        state.withUnsafeMutableBufferPointer { state in
            positionEmbeddings.withUnsafeBufferPointer { positions in
                typeEmbedding.withUnsafeBufferPointer { type in
                    var row = 0
                    for sequence in sequences {
                        offsets.append(row)
                        for (position, id) in sequence.enumerated() {
                            let target = state.baseAddress! + row * hidden
                            let place = positions.baseAddress! + position * hidden
                            wordEmbeddings.addRow(Int(id), to: target)
                            for i in 0..<hidden {
                                target[i] += place[i]
                                target[i] += type[i]
                            }
                            row += 1
                        }
                    }
                }
            }
        }
        Matrix.layerNorm(&state, width: hidden, gamma: embeddingNormGamma, beta: embeddingNormBeta, epsilon: epsilon)
        for layer in layers {
            state = apply(layer, to: state, rows: total, offsets: offsets, lengths: sequences.map(\.count))
        }
        return state.withUnsafeBufferPointer { state in
            zip(offsets, sequences).map { offset, sequence in
                var sum = [Float](repeating: 0, count: hidden)
                sum.withUnsafeMutableBufferPointer { sum in
                    for token in 0..<sequence.count {
                        let row = state.baseAddress! + (offset + token) * hidden
                        for i in 0..<hidden { sum[i] += row[i] }
                    }
                }
                return sum
            }
        }
    }

    private func apply(_ layer: EncoderLayer<Weight>, to state: [Float], rows: Int, offsets: [Int], lengths: [Int])
        -> [Float]
    {
        let hidden = self.hidden
        let headSize = hidden / heads
        let qkv = Matrix.linear(state, rows: rows, weight: layer.qkvWeight, bias: layer.qkvBias)
        var context = [Float](repeating: 0, count: rows * hidden)
        let longest = lengths.max() ?? 0
        var scores = [Float](repeating: 0, count: longest * longest)
        let scale = 1 / Float(headSize).squareRoot()
        qkv.withUnsafeBufferPointer { qkv in
            context.withUnsafeMutableBufferPointer { context in
                scores.withUnsafeMutableBufferPointer { scores in
                    for (offset, length) in zip(offsets, lengths) {
                        for head in 0..<heads {
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
            context, rows: rows, weight: layer.attentionOutputWeight, bias: layer.attentionOutputBias)
        Matrix.add(state, to: &attended)
        Matrix.layerNorm(
            &attended, width: hidden, gamma: layer.attentionNormGamma, beta: layer.attentionNormBeta, epsilon: epsilon)
        var inner = Matrix.linear(attended, rows: rows, weight: layer.intermediateWeight, bias: layer.intermediateBias)
        if exactGELU { Matrix.gelu(&inner) } else { Matrix.approximateGELU(&inner) }
        var output = Matrix.linear(inner, rows: rows, weight: layer.outputWeight, bias: layer.outputBias)
        Matrix.add(attended, to: &output)
        Matrix.layerNorm(
            &output, width: hidden, gamma: layer.outputNormGamma, beta: layer.outputNormBeta, epsilon: epsilon)
        return output
    }
}

extension EncoderNetwork where Weight == DenseMatrix {
    /// Reads a BERT checkpoint (MiniLM's tensor names); `vocabularySize` and `maxPositions`
    /// were checked by the caller.
    init(
        _ tensors: SafeTensors, vocabularySize: Int, maxPositions: Int, hidden: Int, heads: Int, intermediate: Int,
        layerCount: Int
    ) throws(EmbedError) {
        wordEmbeddings = DenseMatrix(
            rows: vocabularySize, columns: hidden,
            values: try tensors.floats("embeddings.word_embeddings.weight", shape: [vocabularySize, hidden]))
        positionEmbeddings = try tensors.floats("embeddings.position_embeddings.weight", shape: [maxPositions, hidden])
        typeEmbedding = Array(
            try tensors.floats("embeddings.token_type_embeddings.weight", shape: [2, hidden])[0..<hidden])
        embeddingNormGamma = try tensors.floats("embeddings.LayerNorm.weight", shape: [hidden])
        embeddingNormBeta = try tensors.floats("embeddings.LayerNorm.bias", shape: [hidden])
        var layers: [EncoderLayer<DenseMatrix>] = []
        for index in 0..<layerCount {
            layers.append(try EncoderLayer(tensors, index: index, hidden: hidden, intermediate: intermediate))
        }
        self.layers = layers
        self.heads = heads
        epsilon = 1e-12
        // MiniLM's embeddings stay what they were before the faster GELU, to the last bit.
        exactGELU = true
    }
}
