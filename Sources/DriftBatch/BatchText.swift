/// A text of a batch item: a file, or the text itself (`drift batch --stdin`).
public enum BatchText: Sendable, Equatable {
    case file(path: String)
    case inline(String)

    /// The file's path; nil for an inline text.
    public var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}
