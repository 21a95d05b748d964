public import DriftChecks

/// A version of a saved comparison: the document, its judgement and links.
public struct VersionRecord: Sendable {
    public let document: DocumentRecord
    public let judgement: JudgementRecord
    /// The judged links in the order of the alignment.
    public let links: [LinkRecord]

    init(_ reader: RecordReader, referenceLength: Int) throws(RecordError) {
        document = try DocumentRecord(reader)
        judgement = try JudgementRecord(reader.member("judgement"))
        var links: [LinkRecord] = []
        for link in try reader.array("links") {
            try links.append(LinkRecord(link, referenceLength: referenceLength, versionLength: document.text.count))
        }
        self.links = links
    }

    /// The number of findings of `severity`.
    public func findings(of severity: Severity) -> Int {
        document.findings.count { $0.severity == severity }
    }
}
