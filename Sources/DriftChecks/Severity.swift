/// How much a finding matters, in MQM terms.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Worth fixing; does not mislead the reader.
    case minor
    /// Changes or obscures the meaning.
    case major
    /// Misleads the reader or misquotes someone: must be fixed before publication.
    case critical

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .minor: 0
        case .major: 1
        case .critical: 2
        }
    }
}
