/// Why a saved record cannot be read: what was wrong and where, as a path into the document
/// such as `versions[1].links[4].drift`, or the line and column of a JSON syntax error.
public struct RecordError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Where in the document, `versions[1].links[4].drift`; empty for the document itself.
    public let path: String
    public let message: String
    /// The 1-based line and column of a syntax error in the text decoded; nil otherwise.
    public let line: Int?
    public let column: Int?

    public init(path: String, message: String, position: (line: Int, column: Int)? = nil) {
        self.path = path
        self.message = message
        line = position?.line
        column = position?.column
    }

    /// Whether the text is not JSON at all, rather than JSON of the wrong shape.
    public var isSyntaxError: Bool { line != nil }

    public var description: String {
        let place = column.map { " at character \($0)" } ?? ""
        return path.isEmpty ? message + place : "\(path): \(message)"
    }
}
