public import DriftText

/// A document of a comparison: its path, its text, its web residue and what the checks found
/// in it.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// As given on the command line.
    public var path: String
    /// The decoded text; offsets elsewhere in the record count its code points.
    public var text: Text
    /// The number of sentences, without web page furniture.
    public var sentences: Int
    /// The findings in this document, most serious first.
    public var findings: [FindingRecord]
    /// Web page furniture left out of the alignment.
    public var boilerplate: [BoilerplateRecord]

    public init(path: String, text: Text, sentences: Int, findings: [FindingRecord], boilerplate: [BoilerplateRecord]) {
        self.path = path
        self.text = text
        self.sentences = sentences
        self.findings = findings
        self.boilerplate = boilerplate
    }

    /// Checks that the findings and the residue lie within the text.
    func validate(at path: String) throws(RecordError) {
        for (index, finding) in findings.enumerated() {
            try Span.check(finding.version.span, within: text.count, at: "\(path).findings[\(index)].version")
        }
        for (index, span) in boilerplate.enumerated() {
            try Span.check(span.span, within: text.count, at: "\(path).boilerplate[\(index)]")
        }
    }
}
