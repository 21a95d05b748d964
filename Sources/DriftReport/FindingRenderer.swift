public import DriftChecks
public import DriftKit
public import DriftText

/// Renders findings, as `drift compare` and `drift check` print them.
public enum FindingRenderer {
    /// `{"check", "category", "severity", "line", "version", "reference", "witnesses",
    /// "message", "suggestion"}`, as `docs/schema/compare.schema.json` describes a finding.
    ///
    /// - Parameters:
    ///   - finding: The finding.
    ///   - version: The text the finding is in.
    ///   - reference: The reference's text, when the finding may point into it.
    ///   - witnesses: The documents `WitnessSpan.witness` counts.
    /// - Returns: The finding as a JSON object, members in that order.
    public static func json(_ finding: Finding, version: Text, reference: Text?, witnesses: [Document]) -> JSONValue {
        .object([
            ("check", .string(finding.check.rawValue)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("line", .int(version.line(of: finding.span.lowerBound))),
            ("version", .object(excerpt(finding.span, in: version))),
            (
                "reference",
                finding.referenceSpan.flatMap { span in reference.map { .object(excerpt(span, in: $0)) } } ?? .null
            ),
            (
                "witnesses",
                .array(
                    finding.witnesses.map { witness in
                        let document = witnesses[witness.witness]
                        return .object([("path", .string(document.path))] + excerpt(witness.span, in: document.text))
                    })
            ),
            ("message", .string(finding.message)),
            ("suggestion", finding.suggestion.map(JSONValue.string) ?? .null),
        ])
    }

    /// `start`, `end` and `text` of a span.
    static func excerpt(_ span: Range<Int>, in text: Text) -> [(String, JSONValue)] {
        [("start", .int(span.lowerBound)), ("end", .int(span.upperBound)), ("text", .string(text[span]))]
    }

    /// The count of findings by severity, then, unless `brief`, each finding with its line, its
    /// message and the suggestion; indented by three spaces.
    public static func text(_ findings: [Finding], in text: Text, brief: Bool = false) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        var output = "   findings: " + (counts.isEmpty ? "none" : counts.joined(separator: ", ")) + "\n"
        guard !brief else { return output }
        for finding in findings {
            let severity =
                finding.severity.rawValue + String(repeating: " ", count: max(0, 8 - finding.severity.rawValue.count))
            output +=
                "   \(severity) line \(text.line(of: finding.span.lowerBound)) · \(finding.check.rawValue): \(finding.message)\n"
            if let suggestion = finding.suggestion { output += "            suggestion: \(suggestion)\n" }
        }
        return output
    }
}
