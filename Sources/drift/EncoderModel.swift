import ArgumentParser
import DriftEmbed
import DriftText

/// The sentence encoders drift can run.
enum EncoderModel: String, ExpressibleByArgument, CaseIterable {
    /// all-MiniLM-L6-v2: English.
    case minilm
    /// multilingual-e5-small: about 100 languages, comparable across them.
    case e5

    /// The encoder for documents in `language`: MiniLM for English, e5 for the others.
    static func choice(for language: Language) -> EncoderModel {
        language.isEnglish ? .minilm : .e5
    }

    /// Loads the model.
    ///
    /// - Throws: `EmbedError` when its files are missing or damaged.
    func load(cacheLimit: Int = SentenceEncoder.defaultCacheLimit) throws(EmbedError) -> any SentenceEncoding {
        switch self {
        case .minilm: try SentenceEncoder(cacheLimit: cacheLimit)
        case .e5: try MultilingualEncoder(cacheLimit: cacheLimit)
        }
    }
}
