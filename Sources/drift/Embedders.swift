import DriftAlign
import DriftEmbed
import DriftText
import Foundation

/// The sentence encoders of one run, each loaded when first needed and then shared: MiniLM for
/// English, multilingual-e5-small for other languages, unless `--encoder` names one for all.
/// A model that is not installed is said once, on standard error, and its documents are read
/// from the words alone. Safe to call from several threads.
final class Embedders: @unchecked Sendable {
    private let encoder: EncoderModel?
    private let cacheLimit: Int
    private let lock = NSLock()
    /// The models tried so far: the embedder, or nil when the model could not be loaded.
    private var loaded: [EncoderModel: EncoderEmbedder?] = [:]

    /// Encoders by language, or the one `encoder` names; `cacheLimit` sentences kept at most.
    init(encoder: EncoderModel?, cacheLimit: Int) {
        self.encoder = encoder
        self.cacheLimit = cacheLimit
    }

    /// The embedder for documents in `language`, or nil when its model is not installed.
    func embedder(for language: Language) -> EncoderEmbedder? {
        let model = encoder ?? EncoderModel.choice(for: language)
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[model] { return known }
        let embedder: EncoderEmbedder?
        do {
            embedder = EncoderEmbedder(try model.load(cacheLimit: cacheLimit))
        } catch {
            Console.warning(error, "working from the words alone")
            embedder = nil
        }
        loaded[model] = embedder
        return embedder
    }
}
