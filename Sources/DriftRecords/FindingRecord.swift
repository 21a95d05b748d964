public import DriftChecks
public import DriftKit
public import DriftText

/// A finding as records hold it (`findings[]` of `drift.compare/1` and of `drift check`).
public struct FindingRecord: Codable, Sendable, Equatable {
    public var check: CheckID
    /// The MQM category, `accuracy/mistranslation`.
    public var category: Category
    public var severity: Severity
    /// The 1-based line of the finding in its document.
    public var line: Int
    /// The finding's span and text in its document.
    public var version: ExcerptRecord
    /// What the reference has there, when the finding points into it.
    public var reference: ExcerptRecord?
    /// What other versions have there.
    public var witnesses: [WitnessRecord]
    public var message: String
    /// The text to put in place of the span, literally: empty to delete it; nil when the check
    /// offers none.
    public var suggestion: String?
    /// Why or how to fix it, for people, when the check says more than its message.
    public var explanation: String?

    /// The record of `finding` in `text`; `reference` is the reference's text when the finding
    /// may point into it, `witnesses` the documents its witness spans count.
    public init(_ finding: Finding, in text: Text, reference: Text? = nil, witnesses: [Document] = []) {
        check = finding.check
        category = finding.category
        severity = finding.severity
        line = text.line(of: finding.span.lowerBound)
        version = ExcerptRecord(finding.span, in: text)
        self.reference = finding.referenceSpan.flatMap { span in reference.map { ExcerptRecord(span, in: $0) } }
        self.witnesses = finding.witnesses.map { witness in
            let document = witnesses[witness.witness]
            return WitnessRecord(path: document.path, excerpt: ExcerptRecord(witness.span, in: document.text))
        }
        message = finding.message
        suggestion = finding.suggestion
        explanation = finding.explanation
    }

    private enum CodingKeys: String, CodingKey {
        case check, category, severity, line, version, reference, witnesses, message, suggestion, explanation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        check = try container.decode(CheckID.self, forKey: .check)
        category = try container.decode(Category.self, forKey: .category)
        severity = try container.decode(Severity.self, forKey: .severity)
        line = try container.decode(Int.self, forKey: .line)
        version = try container.decode(ExcerptRecord.self, forKey: .version)
        reference = try container.decodeIfPresent(ExcerptRecord.self, forKey: .reference)
        witnesses = try container.decode([WitnessRecord].self, forKey: .witnesses)
        message = try container.decode(String.self, forKey: .message)
        suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        explanation = try container.decodeIfPresent(String.self, forKey: .explanation)
    }

    /// Writes every member, absent ones as null, as the schema asks.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(check, forKey: .check)
        try container.encode(category, forKey: .category)
        try container.encode(severity, forKey: .severity)
        try container.encode(line, forKey: .line)
        try container.encode(version, forKey: .version)
        try container.encode(reference, forKey: .reference)
        try container.encode(witnesses, forKey: .witnesses)
        try container.encode(message, forKey: .message)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(explanation, forKey: .explanation)
    }
}
