import DriftChecks
public import DriftRecords

/// Renders findings as text, as `drift compare` and `drift check` print them.
public enum FindingRenderer {
    /// The count of findings by severity, then, unless `brief`, each finding with its line, its
    /// message, the replacement (or `delete`) and the explanation; indented by three spaces.
    public static func text(_ findings: [FindingRecord], brief: Bool = false) -> String {
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        var output = "   findings: " + (counts.isEmpty ? "none" : counts.joined(separator: ", ")) + "\n"
        guard !brief else { return output }
        for finding in findings {
            let severity =
                finding.severity.rawValue + String(repeating: " ", count: max(0, 8 - finding.severity.rawValue.count))
            output += "   \(severity) line \(finding.line) · \(finding.check.rawValue): \(finding.message)\n"
            switch finding.suggestion {
            case nil: break
            case "": output += "            suggestion: delete it\n"
            case let replacement?: output += "            suggestion: \(replacement)\n"
            }
            if let explanation = finding.explanation { output += "            \(explanation)\n" }
        }
        return output
    }
}
