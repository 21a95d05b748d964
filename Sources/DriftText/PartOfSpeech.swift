/// A WordNet part of speech (satellite adjectives count as adjectives).
public enum PartOfSpeech: UInt32, Sendable, Hashable, CaseIterable {
    case noun, verb, adjective, adverb

    /// The suffix of the database files (`index.noun`, `data.adj`).
    var fileName: String {
        switch self {
        case .noun: "noun"
        case .verb: "verb"
        case .adjective: "adj"
        case .adverb: "adv"
        }
    }

    /// The part of a data file's pointer: `n`, `v`, `a` or `s`, `r`.
    init?(symbol: UInt8) {
        switch symbol {
        case UInt8(ascii: "n"): self = .noun
        case UInt8(ascii: "v"): self = .verb
        case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
        case UInt8(ascii: "r"): self = .adverb
        default: return nil
        }
    }
}
