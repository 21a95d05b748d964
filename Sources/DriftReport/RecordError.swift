/// Why a saved `drift.compare/1` document cannot be read: what was wrong and where, as a path
/// into the document such as `versions[1].links[4].drift`.
public struct RecordError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Where in the document, `versions[1].links[4].drift`; empty for the document itself.
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
