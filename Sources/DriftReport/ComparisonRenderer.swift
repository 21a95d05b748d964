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

    /// A table of the versions' judgements, then each version in detail; every line fits the
    /// alignment's width, except where a word is too long for a line of its own.
    public func text(_ record: ComparisonRecord) -> String {
        let (width, color) = (alignment.width, alignment.color)
        var output = TerminalText.wrap(
            "reference: \(record.reference.path) (\(Plural.counted(record.reference.sentences, "sentence")))", width,
            hanging: Self.hanging)
        if !record.reference.findings.isEmpty {
            output += FindingRenderer.text(record.reference.findings, brief: brief, width: width, color: color)
        }
        output += "\n" + table(record.versions)
        for version in record.versions {
            let j = version.judgement
            output += "\n"
            output += TerminalText.wrap(
                "══ \(version.document.path): " + Ink(j.verdict).paint(j.verdict.rawValue, color: color), width,
                hanging: Self.hanging)
            output += TerminalText.wrap(j.reason, width, indent: Self.hanging, hanging: Self.hanging)
            output += TerminalText.wrap(
                "labels: "
                    + PairLabel.allCases.compactMap { label in
                        j.labels[label].flatMap { $0 == 0 ? nil : "\(label.rawValue) ×\($0)" }
                    }.joined(separator: ", "), width, indent: Self.hanging, hanging: Self.hanging)
            output += FindingRenderer.text(version.document.findings, brief: brief, width: width, color: color)
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

    /// The indent of a wrapped line under its first.
    private static let hanging = "   "

    /// The names of the figures in the table, in order.
    private static let figures = ["coverage", "drift", "garble", "added", "omitted", "mqm"]

    /// A line per version with its verdict and figures under a header line, when that fits the
    /// width; otherwise each version's path and verdict, then its figures on an indented line.
    private func table(_ versions: [VersionRecord]) -> String {
        let (width, color) = (alignment.width, alignment.color)
        let rows = versions.map { version in
            let j = version.judgement
            let values = [j.coverage, j.drift, j.garble, j.additions, j.omissions].map(Rounding.twoDecimals)
            return (version.document.path, j.verdict, values + [j.mqm.map(Rounding.twoDecimals) ?? "–"])
        }
        let nameWidth = max(7, rows.map { TerminalText.width($0.0) }.max() ?? 0)
        let verdictWidth = max(7, rows.map { TerminalText.width($0.1.rawValue) }.max() ?? 0)
        let figureWidths = Self.figures.indices.map { index in
            max(Self.figures[index].count, rows.map { $0.2[index].count }.max() ?? 0)
        }
        guard nameWidth + 2 + verdictWidth + figureWidths.map({ 2 + $0 }).reduce(0, +) > width else {
            return TerminalText.pad("version", nameWidth) + "  " + TerminalText.pad("verdict", verdictWidth)
                + zip(Self.figures, figureWidths).map { "  " + TerminalText.pad($0, $1, right: true) }.joined() + "\n"
                + rows.map { name, verdict, values in
                    TerminalText.pad(name, nameWidth) + "  "
                        + TerminalText.pad(Ink(verdict).paint(verdict.rawValue, color: color), verdictWidth)
                        + zip(values, figureWidths).map { "  " + TerminalText.pad($0, $1, right: true) }.joined()
                        + "\n"
                }.joined()
        }
        return rows.map { name, verdict, values in
            TerminalText.wrap(
                "\(name): " + Ink(verdict).paint(verdict.rawValue, color: color), width, hanging: Self.hanging)
                + TerminalText.wrap(
                    zip(Self.figures, values).map { "\($0) \($1)" }, separator: " ·", width, indent: Self.hanging,
                    hanging: Self.hanging)
        }.joined()
    }
}
