/// Why WordNet could not be loaded.
public enum WordNetError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A database file is missing or unreadable.
    case missing(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "WordNet is not installed (cannot read \(path))"
        }
    }
}
