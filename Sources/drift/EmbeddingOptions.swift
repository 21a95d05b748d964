import ArgumentParser
import DriftAlign
import DriftEmbed

/// Whether `drift pairs`, `align` and `compare` use the sentence encoder.
struct EmbeddingOptions: ParsableArguments {
    @Flag(help: "Judge from the words alone, without the sentence encoder (faster, less accurate).")
    var lexical = false

    /// The encoder, or nil with `--lexical` or when its model is not installed; drift then says
    /// once, on standard error, how to install it and goes on from the words alone. The
    /// encoder keeps the embeddings of `cacheLimit` sentences at most.
    func embedder(cacheLimit: Int = SentenceEncoder.defaultCacheLimit) -> (any SentenceEmbedder & Sendable)? {
        guard !lexical else { return nil }
        do {
            return EncoderEmbedder(try SentenceEncoder(cacheLimit: cacheLimit))
        } catch {
            Console.warning(error, "working from the words alone")
            return nil
        }
    }
}
