/// What the word accounting found unaccounted for in a pair, typed: the reason for a label.
public enum Evidence: Sendable, Hashable, CustomStringConvertible {
    /// A content word of the reference with no counterpart in the version.
    case lost(word: String, role: WordRole)
    /// A content word of the version with no counterpart in the reference.
    case added(word: String, role: WordRole)
    /// A word (or words) of the reference replaced by one of another meaning or form; either
    /// side may be empty ("negation: added “not”").
    case replaced(ReplacementKind, reference: String, version: String)
    /// Words of the reference and the version in the same place that no matcher pairs, as in a
    /// rewording ("sojourn" → "live", "corn" → "grain"): weighed by the learned score, not
    /// decisive. (A single such substitution is as common in the Bible pairs, which keep their
    /// meaning, as in edits that change it, "a guitar" → "a violin".)
    case reworded(reference: [String], version: [String])
    /// The kept words in another order.
    case reordered
    /// A word the version repeats within a clause, as broken translations do ("said
    /// authorities said").
    case repeated(word: String)

    /// Whether the evidence by itself makes the pair `changed`.
    public var changesMeaning: Bool {
        switch self {
        case .lost(_, let role), .added(_, let role): role != .function
        case .replaced(let kind, _, _): kind.changesMeaning
        case .reworded, .reordered, .repeated: false
        }
    }

    /// The kind of a replacement, nil for other evidence.
    public var replacementKind: ReplacementKind? {
        if case .replaced(let kind, _, _) = self { kind } else { nil }
    }

    /// Whether it replaces a fact (`ReplacementKind.replacesFact`).
    public var replacesFact: Bool { replacementKind?.replacesFact ?? false }

    /// Whether it marks broken text.
    public var isGarble: Bool {
        switch self {
        case .repeated: true
        case .replaced(let kind, _, _): kind == .mangledName
        default: false
        }
    }

    /// How much it adds to the drift (0 for what the learned score weighs already).
    public var weight: Double {
        switch self {
        case .lost(_, let role), .added(_, let role): role.weight
        case .replaced(let kind, _, _): kind.weight
        case .reworded, .reordered, .repeated: 0
        }
    }

    /// A short name of the kind of evidence, as JSON writes it: `lost`, `added`, `reworded`,
    /// `reordered`, `repeated` or the replacement's kind.
    public var kind: String {
        switch self {
        case .lost: "lost"
        case .added: "added"
        case .replaced(let kind, _, _): kind.rawValue
        case .reworded: "reworded"
        case .reordered: "reordered"
        case .repeated: "repeated"
        }
    }

    /// The reference's side and the version's side, as text.
    public var sides: (reference: String, version: String) {
        switch self {
        case .lost(let word, _): (word, "")
        case .added(let word, _): ("", word)
        case .replaced(_, let reference, let version): (reference, version)
        case .reworded(let reference, let version): (reference.joined(separator: " "), version.joined(separator: " "))
        case .reordered, .repeated: ("", "")
        }
    }

    /// The role of a lost or added word.
    public var role: WordRole? {
        switch self {
        case .lost(_, let role), .added(_, let role): role
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .lost(let word, let role): "lost \(role.rawValue): \(word)"
        case .added(let word, let role): "new \(role.rawValue): \(word)"
        case .replaced(.question, let reference, _): reference.isEmpty ? "statement → question" : "question → statement"
        case .replaced(let kind, let reference, let version) where reference.isEmpty:
            "\(kind.rawValue): added “\(version)”"
        case .replaced(let kind, let reference, let version) where version.isEmpty:
            "\(kind.rawValue): lost “\(reference)”"
        case .replaced(.rolesSwapped, let reference, let version): "roles swapped: \(reference) ↔ \(version)"
        case .replaced(.mangledName, let reference, let version): "names spelled otherwise: \(reference) → \(version)"
        case .replaced(let kind, let reference, let version): "\(kind.rawValue): \(reference) → \(version)"
        case .reworded(let reference, let version):
            "reworded: \(reference.isEmpty ? "—" : reference.joined(separator: " ")) → \(version.isEmpty ? "—" : version.joined(separator: " "))"
        case .reordered: "kept words in another order"
        case .repeated(let word): "repeated: \(word)"
        }
    }
}
