public import DriftText

/// Reads a text into what every later step works on: its sentences (ICU, with drift's rules),
/// their tokens, and each token's features (folded form, stem, name key). `drift check` needs
/// only this; the `Aligner` builds on it.
///
/// An analyzer holds ICU and Snowball objects and is not thread-safe: create one per worker.
public final class DocumentAnalyzer {
    private let segmenter: Segmenter
    private let tokenizer: Tokenizer
    private let analyzer: TokenAnalyzer

    /// Creates an analyzer.
    ///
    /// - Parameter language: The Snowball stemmer's language, which also picks ICU's sentence
    ///   rules and the segmenter's repairs (`Segmenter(language:)`).
    /// - Throws: `TextError` when ICU or the stemmer cannot be loaded.
    public init(language: String = "english") throws(TextError) {
        segmenter = try Segmenter(language: Language.named(language) ?? .english)
        tokenizer = try Tokenizer()
        analyzer = try TokenAnalyzer(language: language)
    }

    /// The text's sentences and their tokens.
    public func segment(_ text: Text) -> SegmentedText {
        SegmentedText(text, segmenter: segmenter, tokenizer: tokenizer)
    }

    /// A text already segmented, restricted to some of its sentences (numbered afresh from 0).
    public func segment(_ text: Text, sentences: [Sentence]) -> SegmentedText {
        SegmentedText(text, sentences: sentences, tokenizer: tokenizer)
    }

    /// The features of every token of a segmented text.
    public func features(of text: SegmentedText) -> [TokenFeatures] {
        analyzer.features(of: text)
    }
}
