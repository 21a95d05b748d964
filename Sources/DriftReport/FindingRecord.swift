public import DriftChecks

/// A finding of a saved comparison (`findings[]` of `drift.compare/1`).
public struct FindingRecord: Sendable {
    /// The check's identifier, `quote-altered`.
    public let check: String
    /// The MQM category, `accuracy/mistranslation`.
    public let category: String
    public let severity: Severity
    /// The 1-based line of the finding in its document.
    public let line: Int
    /// The finding's span in its document, in code points.
    public let span: Range<Int>
    /// The text of `span`.
    public let text: String
    /// What the reference has there, when the finding points into it.
    public let reference: String?
    /// What other versions have there: `(path, text)`.
    public let witnesses: [(path: String, text: String)]
    public let message: String
    public let suggestion: String?

    init(_ reader: RecordReader, limit: Int) throws(RecordError) {
        check = try reader.string("check")
        category = try reader.string("category")
        let severityReader = try reader.member("severity")
        guard let severity = Severity(rawValue: try severityReader.string()) else {
            throw RecordError(path: severityReader.path, message: "expected minor, major or critical")
        }
        self.severity = severity
        line = try reader.int("line")
        let version = try reader.member("version")
        span = try version.excerpt(limit: limit)
        text = try version.string("text")
        reference = try reader.optional("reference")?.string("text")
        var witnesses: [(path: String, text: String)] = []
        for witness in try reader.array("witnesses") {
            try witnesses.append((witness.string("path"), witness.string("text")))
        }
        self.witnesses = witnesses
        message = try reader.string("message")
        suggestion = try reader.optional("suggestion")?.string()
    }
}
