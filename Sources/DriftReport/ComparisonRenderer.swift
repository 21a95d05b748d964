import DriftKit
public import DriftRecords

/// Renders a comparison's record, fresh from `drift compare` or saved and read back by
/// `drift report`: as text for people or as the versioned JSON document `drift.compare/1`.
public struct ComparisonRenderer: Sendable {
    /// Renders the links side by side (and sets the line width and colours).
    public var alignment: AlignmentRenderer
    /// Whether the text format stops after the judgements, without the links.
    public var brief: Bool

    public init(alignment: AlignmentRenderer = AlignmentRenderer(), brief: Bool = false) {
        self.alignment = alignment
        self.brief = brief
    }

    /// The `drift.compare/1` document on one line, ending in a newline.
    public func json(_ record: ComparisonRecord) -> String { record.json + "\n" }

    // MARK: Text

    /// A table of the versions' judgements, then each version in detail.
    public func text(_ record: ComparisonRecord) -> String {
        var output = "reference: \(record.reference.path) (\(record.reference.sentences) sentences)\n"
        if !record.reference.findings.isEmpty {
            output += FindingRenderer.text(record.reference.findings, brief: brief)
        }
        output += "\n"
        let versions = record.versions
        let nameWidth = max(7, versions.map(\.document.path.count).max() ?? 0)
        let columns = ["coverage", "drift", "garble", "added", "omitted", "mqm"]
        output += pad("version", nameWidth) + "  " + pad("verdict", 31) + columns.map { "  " + $0 }.joined() + "\n"
        for version in versions {
            let j = version.judgement
            let values = [j.coverage, j.drift, j.garble, j.additions, j.omissions].map(Rounding.twoDecimals)
            output +=
                pad(version.document.path, nameWidth) + "  " + pad(j.verdict.rawValue, 31)
                + zip(columns, values + [j.mqm.map(Rounding.twoDecimals) ?? "–"]).map {
                    "  " + pad($1, $0.count, right: true)
                }.joined() + "\n"
        }
        for version in versions {
            let j = version.judgement
            output += "\n══ \(version.document.path): \(j.verdict.rawValue)\n"
            output += "   \(j.reason)\n"
            output +=
                "   labels: "
                + PairLabel.allCases.compactMap { label in
                    j.labels[label].flatMap { $0 == 0 ? nil : "\(label.rawValue) ×\($0)" }
                }.joined(separator: ", ") + "\n"
            output += FindingRenderer.text(version.document.findings, brief: brief)
            guard !brief else { continue }
            output += alignment.sideBySide(
                version.links.map(\.aligned), reference: record.reference.text, version: version.document.text
            ) { index, _ in
                let link = version.links[index]
                let title =
                    link.label.rawValue
                    + (link.label == .added || link.label == .omitted
                        ? "" : " · drift " + Rounding.twoDecimals(link.drift))
                return (title, link.evidence)
            }
        }
        return output
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
