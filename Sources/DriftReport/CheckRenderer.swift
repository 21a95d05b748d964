public import DriftChecks
public import DriftKit

/// Renders `drift check`: the findings of one document, as text for people or as
/// `{"path": …, "findings": […]}`.
public struct CheckRenderer: Sendable {
    public init() {}

    /// The rendered findings, ending in a newline.
    public func render(_ findings: [Finding], in document: Document, format: CheckFormat) -> String {
        switch format {
        case .json:
            JSONValue.object([
                ("path", .string(document.path)),
                (
                    "findings",
                    .array(
                        findings.map { FindingRenderer.json($0, version: document.text, reference: nil, witnesses: []) }
                    )
                ),
            ]).serialized + "\n"
        case .text:
            "\(document.path)\n" + FindingRenderer.text(findings, in: document.text)
        }
    }
}
