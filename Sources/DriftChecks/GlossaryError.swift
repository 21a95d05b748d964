/// Why a glossary file cannot be used.
public enum GlossaryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A line without a term and a rendering separated by a tab.
    case malformed(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .malformed(let path, let line, let reason):
            "\(path):\(line): \(reason); a glossary line is TERM<tab>RENDERING[<tab>NOTE]"
        }
    }
}
