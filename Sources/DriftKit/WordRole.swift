/// What a word does in its sentence, as far as ICU, WordNet and the lexicons tell: the role by
/// which an unaccounted word is weighed.
public enum WordRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// A capitalised word inside the sentence, or an acronym.
    case name
    /// A number, a number word or part of a quantity.
    case number
    case verb
    case noun
    case adjective
    case adverb
    /// A content word WordNet does not know.
    case other
    /// An article, pronoun, preposition, conjunction or auxiliary.
    case function

    /// How much the loss or addition of such a word weighs in the drift: a verb, name or
    /// number more than an adverb, an adverb more than an article (which weighs nothing).
    public var weight: Double {
        switch self {
        case .number: 0.45
        case .name: 0.4
        case .verb: 0.4
        case .noun: 0.35
        case .adjective: 0.3
        case .other: 0.3
        case .adverb: 0.2
        case .function: 0
        }
    }
}
