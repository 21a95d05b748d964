public import DriftText

/// A span of a document and its text, `{"start", "end", "text"}`; offsets in code points.
public struct ExcerptRecord: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String

    /// The excerpt of `span` in `text`.
    public init(_ span: Range<Int>, in text: Text) {
        start = span.lowerBound
        end = span.upperBound
        self.text = text[span]
    }

    /// `start..<end`.
    public var span: Range<Int> { start..<max(start, end) }
}
