public import DriftText

/// A document of a saved comparison: its path, its text, its web residue and what the checks
/// found in it.
public struct DocumentRecord: Sendable {
    /// As given on the command line.
    public let path: String
    /// The decoded text; offsets elsewhere in the record count its code points.
    public let text: Text
    /// The number of sentences, without web page furniture.
    public let sentences: Int
    /// The findings in this document, most serious first.
    public let findings: [FindingRecord]
    /// Web page furniture left out of the alignment: span and reason.
    public let boilerplate: [(span: Range<Int>, reason: String)]

    init(_ reader: RecordReader) throws(RecordError) {
        path = try reader.string("path")
        text = Text(try reader.string("text"))
        sentences = try reader.int("sentences")
        var findings: [FindingRecord] = []
        for finding in try reader.array("findings") { try findings.append(FindingRecord(finding, limit: text.count)) }
        self.findings = findings
        var boilerplate: [(span: Range<Int>, reason: String)] = []
        for span in try reader.array("boilerplate") {
            try boilerplate.append((span.excerpt(limit: text.count), span.string("reason")))
        }
        self.boilerplate = boilerplate
    }
}
