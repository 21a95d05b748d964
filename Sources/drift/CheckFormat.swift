/// Output formats of `drift check`.
enum CheckFormat: String, Sendable, CaseIterable {
    /// The path, the count by severity, then each finding with its line.
    case text
    /// `{"path": …, "findings": […]}`.
    case json
}
