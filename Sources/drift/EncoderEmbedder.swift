import DriftAlign
import DriftEmbed

/// A DriftEmbed encoder as the library's `SentenceEmbedder`, with the scale that maps its
/// cosines onto MiniLM's; safe to share between threads, as the encoders are.
final class EncoderEmbedder: SentenceEmbedder, Sendable {
    private let encoder: any SentenceEncoding
    let scale: CosineScale

    init(_ encoder: any SentenceEncoding) {
        self.encoder = encoder
        scale =
            encoder is MultilingualEncoder
            ? CosineScale(
                points: MultilingualEncoder.cosineQuantiles.map { CosineScale.Point(raw: $0.e5, mapped: $0.miniLM) })
            : .identity
    }

    func embed(_ sentences: [String]) -> [[Float]] {
        encoder.embed(sentences)
    }
}
