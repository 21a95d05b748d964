public import DriftChecks
public import DriftText

/// Web page furniture left out of the alignment: its span, text and why it was left out.
public struct BoilerplateRecord: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// Why it is furniture: `share links`.
    public var reason: String

    /// The record of `boilerplate` in `text`.
    public init(_ boilerplate: BoilerplateSpan, in text: Text) {
        start = boilerplate.span.lowerBound
        end = boilerplate.span.upperBound
        self.text = text[boilerplate.span]
        reason = boilerplate.reason
    }

    /// `start..<end`.
    public var span: Range<Int> { start..<max(start, end) }
}
