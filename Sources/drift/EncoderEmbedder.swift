import DriftAlign
import DriftEmbed

/// DriftEmbed's MiniLM encoder as the library's `SentenceEmbedder`; safe to share between
/// threads, as the encoder is.
final class EncoderEmbedder: SentenceEmbedder, Sendable {
    private let encoder: SentenceEncoder

    init(_ encoder: SentenceEncoder) {
        self.encoder = encoder
    }

    func embed(_ sentences: [String]) -> [[Float]] {
        encoder.embed(sentences)
    }
}
