/// What happened to the meaning of a sentence (or a link of sentences) between reference and
/// version.
public enum PairLabel: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
    /// Character for character the same.
    case identical
    /// Only case, punctuation, white space or spelling changed.
    case copyedit
    /// Other words, same meaning.
    case paraphrase
    /// The meaning drifted: other facts, roles, numbers, negation or modality.
    case changed
    /// Not fluent text: word salad, broken machine translation.
    case garbled
    /// In the version only.
    case added
    /// In the reference only.
    case omitted
    /// Kept, but elsewhere in the version.
    case moved
}
