public import DriftAlign

/// A sentence embedder shared by a batch's workers: calls from several threads take turns,
/// so an embedder that is not thread-safe (DriftEmbed's encoder, which runs its batches on
/// every core itself) is loaded once, not once per worker.
public final class SerializedEmbedder: SentenceEmbedder, @unchecked Sendable {
    private let monitor: Monitor<SentenceEmbedder>

    /// Serializes the calls to `embedder`.
    public init(_ embedder: SentenceEmbedder) {
        monitor = Monitor(embedder)
    }

    public func embed(_ sentences: [String]) -> [[Float]] {
        monitor.update { $0.embed(sentences) }
    }
}
