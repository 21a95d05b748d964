/// What happened to a run of tokens between the reference and the version.
public enum DiffKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The same tokens, character for character.
    case equal
    /// Reference tokens replaced by version tokens.
    case substituted
    /// Version tokens with no reference counterpart.
    case inserted
    /// Reference tokens with no version counterpart.
    case deleted
}
