/// The weights of one transformer layer of a BERT encoder, in either storage.
struct EncoderLayer<Weight: WeightMatrix>: Sendable {
    /// Query, key and value projections stacked: [3·hidden × hidden] and [3·hidden].
    var qkvWeight: Weight
    var qkvBias: [Float]
    var attentionOutputWeight: Weight
    var attentionOutputBias: [Float]
    var attentionNormGamma: [Float]
    var attentionNormBeta: [Float]
    var intermediateWeight: Weight
    var intermediateBias: [Float]
    var outputWeight: Weight
    var outputBias: [Float]
    var outputNormGamma: [Float]
    var outputNormBeta: [Float]
}

extension EncoderLayer where Weight == DenseMatrix {
    /// Reads layer `index` from a checkpoint with BERT's tensor names.
    init(_ tensors: SafeTensors, index: Int, hidden: Int, intermediate: Int) throws(EmbedError) {
        let prefix = "encoder.layer.\(index)."
        func vector(_ name: String, _ count: Int) throws(EmbedError) -> [Float] {
            try tensors.floats(prefix + name, shape: [count])
        }
        func matrix(_ name: String, _ rows: Int, _ columns: Int) throws(EmbedError) -> DenseMatrix {
            DenseMatrix(
                rows: rows, columns: columns, values: try tensors.floats(prefix + name, shape: [rows, columns]))
        }
        self.init(
            qkvWeight: DenseMatrix(stacking: [
                try matrix("attention.self.query.weight", hidden, hidden),
                try matrix("attention.self.key.weight", hidden, hidden),
                try matrix("attention.self.value.weight", hidden, hidden),
            ]),
            qkvBias: try vector("attention.self.query.bias", hidden) + vector("attention.self.key.bias", hidden)
                + vector("attention.self.value.bias", hidden),
            attentionOutputWeight: try matrix("attention.output.dense.weight", hidden, hidden),
            attentionOutputBias: try vector("attention.output.dense.bias", hidden),
            attentionNormGamma: try vector("attention.output.LayerNorm.weight", hidden),
            attentionNormBeta: try vector("attention.output.LayerNorm.bias", hidden),
            intermediateWeight: try matrix("intermediate.dense.weight", intermediate, hidden),
            intermediateBias: try vector("intermediate.dense.bias", intermediate),
            outputWeight: try matrix("output.dense.weight", hidden, intermediate),
            outputBias: try vector("output.dense.bias", hidden),
            outputNormGamma: try vector("output.LayerNorm.weight", hidden),
            outputNormBeta: try vector("output.LayerNorm.bias", hidden))
    }
}
