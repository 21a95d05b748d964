/// Output formats of `drift align`.
enum AlignFormat: String, Sendable, CaseIterable {
    /// The two texts side by side, link by link, for a terminal.
    case text
    /// `{"reference", "version", "summary", "links": [{"type", "ref", "version", "score", "diff", …}]}`.
    case json
}
