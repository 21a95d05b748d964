import DriftAlign
import DriftChecks

/// One sentence (or link of sentences) of a judged pair, read once: its words with their
/// roles, its tokens and quantities.
struct PairSide {
    /// The sentence as given.
    var text: String
    /// Its words and numbers, in order.
    var words: [JudgedWord]
    /// All its tokens' features, punctuation included.
    var tokens: [TokenFeatures]
    /// Its quantities (`QuantityReader`), token positions into `tokens`.
    var quantities: [Quantity]

    /// The content words.
    var content: [JudgedWord] { words.filter(\.isContent) }

    /// Whether the sentence asks: its last punctuation mark is a question mark.
    var isQuestion: Bool {
        tokens.last(where: { $0.kind == .punctuation && !"\"'“”‘’»«)".contains($0.text) })?.text.contains {
            $0 == "?" || $0 == "？"
        } ?? false
    }
}
