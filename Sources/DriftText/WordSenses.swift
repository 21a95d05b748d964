/// A word's base forms and their senses, looked up once (`WordNet.senses(of:)`) for comparing
/// the word with many others.
public struct WordSenses: Sendable, Equatable {
    /// The word, lower case.
    public let word: String
    /// Its base forms that WordNet knows, the word itself first if known.
    public let lemmas: [String]
    /// The synset keys of those base forms' senses, without repeats.
    let keys: [UInt32]

    /// Whether the word has no sense WordNet knows.
    public var isUnknown: Bool { keys.isEmpty }
}
