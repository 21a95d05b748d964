/// Something an editor should fix: where it is, how much it matters, why, and what to write
/// instead (a replacement, which may be empty to delete, kept apart from any explanation).
public struct Finding: Sendable, Hashable {
    /// The check that made it.
    public var check: CheckID
    /// The MQM error category.
    public var category: Category
    /// The MQM severity.
    public var severity: Severity
    /// The words at fault in the checked document, Unicode scalar offsets `[start, end)`.
    public var span: Range<Int>
    /// The words the reference has instead, when the finding compares with it.
    public var referenceSpan: Range<Int>?
    /// The other versions that word it otherwise, when the finding rests on them.
    public var witnesses: [WitnessSpan]
    /// What is wrong, for people.
    public var message: String
    /// The text to put in place of `span`, literally: empty to delete the span, nil when the
    /// check has no wording to offer. A script may apply it as it is.
    public var suggestion: String?
    /// Why the span should change or what to do with it, for people, when the message and the
    /// suggestion do not say it already.
    public var explanation: String?

    public init(
        check: CheckID, category: Category, severity: Severity, span: Range<Int>, referenceSpan: Range<Int>? = nil,
        witnesses: [WitnessSpan] = [], message: String, suggestion: String? = nil, explanation: String? = nil
    ) {
        self.check = check
        self.category = category
        self.severity = severity
        self.span = span
        self.referenceSpan = referenceSpan
        self.witnesses = witnesses
        self.message = message
        self.suggestion = suggestion
        self.explanation = explanation
    }

    /// MQM order: critical, then major, then minor; within a severity, by position.
    public static func mqmOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        return (a.span.lowerBound, a.span.upperBound, a.check.rawValue) < (
            b.span.lowerBound, b.span.upperBound, b.check.rawValue
        )
    }
}
