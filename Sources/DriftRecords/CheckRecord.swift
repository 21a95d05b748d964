public import DriftChecks
public import DriftKit

/// What `drift check` found in one document, `{"path": …, "findings": […]}`.
public struct CheckRecord: Codable, Sendable, Equatable {
    public var path: String
    /// Most serious first.
    public var findings: [FindingRecord]

    /// The record of `findings` in `document`.
    public init(_ findings: [Finding], in document: Document) {
        path = document.path
        self.findings = findings.map { FindingRecord($0, in: document.text) }
    }
}
