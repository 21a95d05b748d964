import DriftAlign
import DriftChecks
public import DriftKit
import DriftText

/// Renders `drift compare`: the judgement of every version and of every link, as text for
/// people or as the versioned JSON document `drift.compare/1`.
public struct ComparisonRenderer: Sendable {
    /// The identifier of the JSON document's shape; bumped when a field changes meaning or goes.
    public static let schema = "drift.compare/1"

    /// Renders the links side by side (and sets the line width and colours).
    public var alignment: AlignmentRenderer
    /// Whether the text format stops after the judgements, without the links.
    public var brief: Bool

    public init(alignment: AlignmentRenderer = AlignmentRenderer(), brief: Bool = false) {
        self.alignment = alignment
        self.brief = brief
    }

    /// The comparison as the record `drift report` reads back, for the HTML, CSV and JSONL
    /// formats, which render saved and fresh comparisons alike.
    public func record(_ report: ComparisonReport) -> ComparisonRecord {
        do {
            return try ComparisonRecord(json: json(report))
        } catch {
            preconditionFailure("drift.compare/1 written and read disagree: \(error)")
        }
    }

    // MARK: JSON

    /// The `drift.compare/1` document.
    public func json(_ report: ComparisonReport) -> JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("embeddings", .bool(report.embeddings)),
            (
                "reference",
                .object([
                    ("path", .string(report.reference.path)),
                    ("text", .string(report.reference.text.string)),
                    ("sentences", .int(report.versions.first?.alignment.reference.sentences.count ?? 0)),
                    ("boilerplate", Self.json(report.referenceBoilerplate, in: report.reference.text)),
                    (
                        "findings",
                        .array(
                            report.referenceFindings.map {
                                FindingRenderer.json($0, version: report.reference.text, reference: nil, witnesses: [])
                            })
                    ),
                ])
            ),
            ("versions", .array(report.versions.map(Self.json))),
        ])
    }

    private static func json(_ comparison: VersionComparison) -> JSONValue {
        .object([
            ("path", .string(comparison.path)),
            ("text", .string(comparison.alignment.version.text.string)),
            ("sentences", .int(comparison.alignment.version.sentences.count)),
            ("judgement", json(comparison.judgement)),
            ("boilerplate", json(comparison.boilerplate, in: comparison.alignment.version.text)),
            (
                "links",
                .array(
                    comparison.links.map { judged in
                        AlignmentRenderer.json(
                            judged.link,
                            extra: [
                                ("label", .string(judged.label.rawValue)),
                                ("drift", .double(AlignmentRenderer.rounded(judged.drift))),
                                ("evidence", EvidenceRenderer.sentences(judged.evidence)),
                                ("accounting", EvidenceRenderer.accounting(judged.evidence)),
                            ])
                    })
            ),
            (
                "findings",
                .array(
                    comparison.findings.map {
                        FindingRenderer.json(
                            $0, version: comparison.alignment.version.text,
                            reference: comparison.alignment.reference.text,
                            witnesses: comparison.witnesses)
                    })
            ),
        ])
    }

    /// `[{"start", "end", "text", "reason"}]`.
    private static func json(_ boilerplate: [BoilerplateSpan], in text: Text) -> JSONValue {
        .array(
            boilerplate.map { span in
                .object(FindingRenderer.excerpt(span.span, in: text) + [("reason", .string(span.reason))])
            })
    }

    private static func json(_ judgement: DocumentJudgement) -> JSONValue {
        .object([
            ("verdict", .string(judgement.verdict.rawValue)),
            ("reason", .string(judgement.reason)),
            ("coverage", .double(AlignmentRenderer.rounded(judgement.coverage))),
            ("drift", .double(AlignmentRenderer.rounded(judgement.drift))),
            ("garble", .double(AlignmentRenderer.rounded(judgement.garble))),
            ("additions", .double(AlignmentRenderer.rounded(judgement.additions))),
            ("omissions", .double(AlignmentRenderer.rounded(judgement.omissions))),
            ("length_ratio", .double(AlignmentRenderer.rounded(judgement.lengthRatio))),
            ("labels", .object(PairLabel.allCases.map { ($0.rawValue, .int(judgement.labels[$0] ?? 0)) })),
            ("mqm", .double(AlignmentRenderer.rounded(judgement.errors.score))),
            (
                "errors",
                .object(
                    [
                        ("points", .int(judgement.errors.points)), ("words", .int(judgement.errors.words)),
                    ] + Severity.allCases.map { ($0.rawValue, .int(judgement.errors.counts[$0] ?? 0)) })
            ),
        ])
    }

    // MARK: Text

    /// A table of the versions' judgements, then each version in detail.
    public func text(_ report: ComparisonReport) -> String {
        let comparisons = report.versions
        let sentences = comparisons.first?.alignment.reference.sentences.count ?? 0
        var output = "reference: \(report.reference.path) (\(sentences) sentences)\n"
        if !report.referenceFindings.isEmpty {
            output += FindingRenderer.text(report.referenceFindings, in: report.reference.text, brief: brief)
        }
        output += "\n"
        let nameWidth = max(7, comparisons.map(\.path.count).max() ?? 0)
        let columns = ["coverage", "drift", "garble", "added", "omitted", "mqm"]
        output += pad("version", nameWidth) + "  " + pad("verdict", 31) + columns.map { "  " + $0 }.joined() + "\n"
        for comparison in comparisons {
            let j = comparison.judgement
            let values = [j.coverage, j.drift, j.garble, j.additions, j.omissions, j.errors.score]
            output +=
                pad(comparison.path, nameWidth) + "  " + pad(j.verdict.rawValue, 31)
                + zip(columns, values).map { "  " + pad(Rounding.twoDecimals($1), $0.count, right: true) }.joined()
                + "\n"
        }
        for comparison in comparisons {
            let j = comparison.judgement
            output += "\n══ \(comparison.path): \(j.verdict.rawValue)\n"
            output += "   \(j.reason)\n"
            output +=
                "   labels: "
                + PairLabel.allCases.compactMap { label in
                    j.labels[label].map { "\(label.rawValue) ×\($0)" }
                }.joined(separator: ", ") + "\n"
            output += FindingRenderer.text(comparison.findings, in: comparison.alignment.version.text, brief: brief)
            guard !brief else { continue }
            output += alignment.sideBySide(comparison.alignment) { index, _ in
                let judged = comparison.links[index]
                let title =
                    judged.label.rawValue
                    + (judged.label == .added || judged.label == .omitted
                        ? "" : " · drift " + Rounding.twoDecimals(judged.drift))
                return (title, judged.evidence.map(\.description))
            }
        }
        return output
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
