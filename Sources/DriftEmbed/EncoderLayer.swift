/// The weights of one transformer layer of a BERT encoder.
struct EncoderLayer: Sendable {
    /// Query, key and value projections stacked: [3·hidden × hidden] and [3·hidden].
    var qkvWeight: [Float]
    var qkvBias: [Float]
    var attentionOutputWeight: [Float]
    var attentionOutputBias: [Float]
    var attentionNormGamma: [Float]
    var attentionNormBeta: [Float]
    var intermediateWeight: [Float]
    var intermediateBias: [Float]
    var outputWeight: [Float]
    var outputBias: [Float]
    var outputNormGamma: [Float]
    var outputNormBeta: [Float]

    /// Reads layer `index` from a checkpoint with BERT's tensor names.
    init(_ tensors: SafeTensors, index: Int, hidden: Int, intermediate: Int) throws(EmbedError) {
        let prefix = "encoder.layer.\(index)."
        func vector(_ name: String, _ count: Int) throws(EmbedError) -> [Float] {
            try tensors.floats(prefix + name, shape: [count])
        }
        func matrix(_ name: String, _ rows: Int, _ columns: Int) throws(EmbedError) -> [Float] {
            try tensors.floats(prefix + name, shape: [rows, columns])
        }
        qkvWeight =
            try matrix("attention.self.query.weight", hidden, hidden)
            + matrix("attention.self.key.weight", hidden, hidden)
            + matrix("attention.self.value.weight", hidden, hidden)
        qkvBias =
            try vector("attention.self.query.bias", hidden) + vector("attention.self.key.bias", hidden)
            + vector("attention.self.value.bias", hidden)
        attentionOutputWeight = try matrix("attention.output.dense.weight", hidden, hidden)
        attentionOutputBias = try vector("attention.output.dense.bias", hidden)
        attentionNormGamma = try vector("attention.output.LayerNorm.weight", hidden)
        attentionNormBeta = try vector("attention.output.LayerNorm.bias", hidden)
        intermediateWeight = try matrix("intermediate.dense.weight", intermediate, hidden)
        intermediateBias = try vector("intermediate.dense.bias", intermediate)
        outputWeight = try matrix("output.dense.weight", hidden, intermediate)
        outputBias = try vector("output.dense.bias", hidden)
        outputNormGamma = try vector("output.LayerNorm.weight", hidden)
        outputNormBeta = try vector("output.LayerNorm.bias", hidden)
    }
}
