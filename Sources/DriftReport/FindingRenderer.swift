import DriftChecks
public import DriftRecords

/// Renders findings as text, as `drift compare` and `drift check` print them.
public enum FindingRenderer {
    /// The count of findings by severity, then, unless `brief`, each finding with its line, its
    /// message, the replacement (or `delete`) and the explanation; indented by three spaces.
    ///
    /// - Parameters:
    ///   - findings: The findings of one document, in order.
    ///   - brief: Whether to give only the count by severity.
    ///   - width: The line width in display columns that prose wraps to; nil for no wrapping.
    ///   - color: Whether to colour the severities with ANSI escapes.
    /// - Returns: Lines of text, each ending in a newline.
    public static func text(_ findings: [FindingRecord], brief: Bool = false, width: Int? = nil, color: Bool = false)
        -> String
    {
        let columns = width ?? .max
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.count { $0.severity == severity }
            return count == 0 ? nil : "\(count) " + Ink(severity).paint(severity.rawValue, color: color)
        }
        let hanging = String(repeating: " ", count: 12)
        var output = TerminalText.wrap(
            "findings: " + (counts.isEmpty ? "none" : counts.joined(separator: ", ")), columns, indent: "   ",
            hanging: hanging)
        guard !brief else { return output }
        for finding in findings {
            let severity = TerminalText.pad(Ink(finding.severity).paint(finding.severity.rawValue, color: color), 8)
            output += TerminalText.wrap(
                "\(severity) line \(finding.line) · \(finding.check.rawValue): \(finding.message)", columns,
                indent: "   ", hanging: hanging)
            switch finding.suggestion {
            case nil: break
            case "": output += TerminalText.wrap("suggestion: delete it", columns, indent: hanging, hanging: hanging)
            case let replacement?:
                output += TerminalText.wrap("suggestion: \(replacement)", columns, indent: hanging, hanging: hanging)
            }
            if let explanation = finding.explanation {
                output += TerminalText.wrap(explanation, columns, indent: hanging, hanging: hanging)
            }
        }
        return output
    }
}
