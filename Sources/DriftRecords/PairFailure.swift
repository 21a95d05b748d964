/// A `drift pairs` input line that cannot be scored, and the error record written for it:
/// `{"id": …, "line": n, "error": "…"}`.
public struct PairFailure: Error, Codable, Sendable, Equatable {
    /// The line's id where it could be read, else null.
    public var id: JSONValue
    /// The 1-based line number.
    public var line: Int
    /// What is wrong with the line.
    public var error: String

    public init(id: JSONValue, line: Int, error: String) {
        self.id = id
        self.line = line
        self.error = error
    }
}
