import DriftAlign
import DriftEmbed

/// DriftEmbed's MiniLM encoder as the library's `SentenceEmbedder`.
final class EncoderEmbedder: SentenceEmbedder {
    private let encoder: SentenceEncoder

    init(_ encoder: SentenceEncoder) {
        self.encoder = encoder
    }

    func embed(_ sentences: [String]) -> [[Float]] {
        encoder.embed(sentences)
    }
}
