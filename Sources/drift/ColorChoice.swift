/// When to colour terminal output.
enum ColorChoice: String, Sendable, CaseIterable {
    /// On a terminal, unless the `NO_COLOR` environment variable is set and not empty.
    case auto
    case always
    case never

    /// Whether to colour, given whether the output is a terminal and the value of `NO_COLOR`.
    func enabled(terminal: Bool, environment noColor: String?) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: terminal && (noColor ?? "").isEmpty
        }
    }
}
