import ArgumentParser
import DriftAlign
import DriftEmbed
import DriftText

/// Whether and with which encoder `drift pairs`, `align`, `compare`, `collate` and `batch` read
/// the meaning of sentences.
struct EmbeddingOptions: ParsableArguments {
    @Flag(help: "Judge from the words alone, without the sentence encoder (faster, less accurate).")
    var lexical = false

    @Option(
        help: """
            The sentence encoder: auto (MiniLM for English, multilingual-e5-small for other \
            languages), minilm or e5.
            """)
    var encoder: EncoderChoice = .auto

    /// The encoders of this run, or nil with `--lexical`; they keep the embeddings of
    /// `cacheLimit` sentences at most.
    func embedders(cacheLimit: Int = SentenceEncoder.defaultCacheLimit) -> Embedders? {
        lexical ? nil : Embedders(encoder: encoder.model, cacheLimit: cacheLimit)
    }

    /// The encoder for documents in `language`, or nil with `--lexical` or when its model is
    /// not installed; drift then says once, on standard error, how to install it and goes on
    /// from the words alone.
    func embedder(for language: Language, cacheLimit: Int = SentenceEncoder.defaultCacheLimit) -> EncoderEmbedder? {
        embedders(cacheLimit: cacheLimit)?.embedder(for: language)
    }
}
