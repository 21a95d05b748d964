/// What a version is, as a whole, with respect to its reference.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
    /// Keeps the reference's content and meaning, sentence by sentence, in close wording.
    case faithful
    /// Keeps most of the reference's content and meaning in other words.
    case paraphrase
    /// Follows the reference sentence by sentence, but with broken wording and mangled names.
    case machineTranslationWithErrors = "machine translation with errors"
    /// Condenses the reference: part of its content in fewer, denser sentences, little new.
    case summary
    /// Tells part of the same story and much of its own.
    case partialOverlap = "partial overlap"
    /// Shares next to nothing with the reference.
    case unrelated
}
