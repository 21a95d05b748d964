import DriftAlign
import DriftChecks
import DriftKit
import DriftRecords
import Foundation

/// Turns saved comparisons into the page's model: numbers formatted, texts cut into marked
/// pieces, every finding numbered once and linked both ways.
struct PageBuilder {
    private var findings: [FindingItem] = []
    private var anchored: Set<String> = []
    private var versionCount = 0

    /// The page of `records`; `css` and `script` are inlined.
    static func page(_ records: [ComparisonRecord], generator: String, css: String, script: String) -> Page {
        var builder = PageBuilder()
        let stories = records.enumerated().map { builder.story($1, number: $0 + 1) }
        builder.locate()
        let findings = builder.findings
        let paths = records.map(\.reference.path)
        let title = paths.count == 1 ? paths[0] : "\(paths.count) comparisons"
        let categories = Set(findings.map(\.category.rawValue)).sorted()
        var documents: [LabelledValue] = []
        for item in findings where !documents.contains(where: { $0.value == item.document }) {
            documents.append(LabelledValue(label: item.path, value: item.document))
        }
        return Page(
            title: title, generator: generator, stories: stories, findings: findings,
            findingSummary: count(findings.count, "finding"),
            severityOptions: Severity.allCases.reversed().map { LabelledValue(label: $0.rawValue, value: $0.rawValue) },
            categoryOptions: categories.map { LabelledValue(label: $0, value: $0) },
            documentOptions: documents,
            css: css, script: script,
            contentSecurityPolicy: ContentSecurityPolicy.admitting(css: css, script: script))
    }

    private mutating func story(_ record: ComparisonRecord, number: Int) -> Story {
        let referenceID = "r\(number)"
        let collation = record.collation.map { CollationView($0, id: "s\(number)-collation", pivotRole: "reference") }
        let referenceFindings = record.reference.findings.map {
            add(
                $0, path: record.reference.path, document: referenceID,
                group: collation?.group(of: 0, span: $0.version.span))
        }
        var sections: [VersionSection] = []
        var strips: [HeatStrip] = []
        var overview: [OverviewRow] = []
        for (index, version) in record.versions.enumerated() {
            versionCount += 1
            let id = "v\(versionCount)"
            let marks = version.document.findings.map {
                add(
                    $0, path: version.document.path, document: id,
                    group: collation?.group(of: index + 1, span: $0.version.span))
            }
            let rows = rows(version, of: record, id: id, referenceMarks: referenceFindings, versionMarks: marks)
            sections.append(section(version, of: record, id: id, rows: rows))
            strips.append(strip(version, of: record, id: id))
            let j = version.judgement
            overview.append(
                OverviewRow(
                    id: id, path: version.document.path, verdict: j.verdict.rawValue,
                    verdictClass: cssClass(j.verdict.rawValue),
                    coverage: Rounding.percent(j.coverage), drift: Rounding.twoDecimals(j.drift),
                    garble: Rounding.percent(j.garble),
                    additions: Rounding.percent(j.additions), omissions: Rounding.percent(j.omissions),
                    mqm: j.mqm.map(Rounding.twoDecimals) ?? "–", critical: version.findings(of: .critical),
                    hasCritical: version.findings(of: .critical) > 0,
                    major: version.findings(of: .major), minor: version.findings(of: .minor)))
        }
        return Story(
            id: "s\(number)", referencePath: record.reference.path, referenceSentences: record.reference.sentences,
            method: record.embeddings ? "lexical and sentence-embedding similarity" : "lexical similarity only",
            overview: overview, chart: chart(record), strips: strips, versions: sections, collation: collation)
    }

    // MARK: Findings

    /// Numbers `finding`, lists it and returns its mark for the text; `group` is its group in
    /// the collation view, when there is one.
    private mutating func add(_ finding: FindingRecord, path: String, document: String, group: String?)
        -> Highlighter.Mark
    {
        let number = findings.count + 1
        let id = "f\(number)"
        let suggestion =
            finding.suggestion.map { $0.isEmpty ? " — suggestion: delete it" : " — suggestion: \($0)" } ?? ""
        findings.append(
            FindingItem(
                id: id, number: number, severity: finding.severity, check: finding.check,
                category: finding.category,
                path: path, document: document, line: finding.line, excerpt: finding.version.text,
                message: finding.message, suggestion: finding.suggestion.flatMap { $0.isEmpty ? nil : $0 },
                deletes: finding.suggestion?.isEmpty ?? false, explanation: finding.explanation,
                reference: finding.reference?.text,
                witnesses: finding.witnesses.map { LabelledValue(label: $0.path, value: $0.text) },
                group: group.map { "#" + $0 }, location: nil))
        let mark = FindingMark(
            target: id, number: number, anchor: nil, severity: finding.severity.rawValue,
            tooltip: "\(finding.severity.rawValue) · \(finding.check.rawValue): \(finding.message)\(suggestion)",
            rank: Severity.allCases.firstIndex(of: finding.severity) ?? 0)
        return Highlighter.Mark(range: finding.version.span, kind: .finding(mark))
    }

    /// Points each listed finding that has an anchor in the text at it.
    private mutating func locate() {
        for index in findings.indices where anchored.contains(findings[index].id) {
            findings[index].location = "#m\(findings[index].number)"
        }
    }

    // MARK: Side by side

    private mutating func rows(
        _ version: VersionRecord, of record: ComparisonRecord, id: String,
        referenceMarks: [Highlighter.Mark], versionMarks: [Highlighter.Mark]
    ) -> [AlignedRow] {
        let referenceText = Highlighter(scalars: record.reference.text.scalars)
        let versionText = Highlighter(scalars: version.document.text.scalars)
        let referenceAll = referenceMarks + residue(record.reference)
        let versionAll = versionMarks + residue(version.document)
        // Rows in the order of the links (the reference's); web residue goes before the first row
        // that starts after it on its side.
        var rows: [PlacedRow] = []
        for (index, link) in version.links.enumerated() {
            var referenceChanges = referenceAll
            var versionChanges = versionAll
            // An added or omitted sentence is all change; its gap on the other side says so.
            for operation in link.diff where link.reference != nil && link.version != nil {
                switch operation.kind {
                case .equal: continue
                case .deleted:
                    operation.reference.map { referenceChanges.append(.init(range: $0, kind: .change(.deleted))) }
                case .inserted:
                    operation.version.map { versionChanges.append(.init(range: $0, kind: .change(.inserted))) }
                case .substituted
                where operation.relation == .folded
                    && Self.differInStyleOnly(operation.reference, referenceText, operation.version, versionText):
                    operation.reference.map { referenceChanges.append(.init(range: $0, kind: .change(.typographic))) }
                    operation.version.map { versionChanges.append(.init(range: $0, kind: .change(.typographic))) }
                case .substituted:
                    operation.reference.map {
                        referenceChanges.append(.init(range: $0, kind: .change(.substitutedReference)))
                    }
                    operation.version.map {
                        versionChanges.append(.init(range: $0, kind: .change(.substitutedVersion)))
                    }
                }
            }
            let row = AlignedRow(
                id: "\(id)-l\(index + 1)", label: link.label.rawValue, type: link.type.rawValue,
                drift: link.reference == nil || link.version == nil ? nil : "drift " + Rounding.twoDecimals(link.drift),
                identical: link.label == .identical,
                referenceNumbers: numbers(link.referenceSentences), versionNumbers: numbers(link.versionSentences),
                reference: link.reference.map {
                    referenceText.pieces($0, marks: referenceChanges, anchored: &anchored)
                },
                version: link.version.map { versionText.pieces($0, marks: versionChanges, anchored: &anchored) },
                referenceGap: "not in the reference: added", versionGap: "omitted from this version",
                evidence: link.evidence, jump: nil)
            rows.append(
                (
                    link.version?.lowerBound ?? rows.last?.version ?? 0,
                    link.reference?.lowerBound ?? rows.last?.reference ?? 0, row
                ))
        }
        // Links come in the reference's order; a moved sentence also shows where the version has
        // it, and the two rows link.
        for (index, link) in version.links.enumerated() where link.type == .moved {
            guard let span = link.version, let moved = rows.firstIndex(where: { $0.row.id == "\(id)-l\(index + 1)" })
            else { continue }
            let place =
                rows.firstIndex { $0.row.type != LinkType.moved.rawValue && $0.version > span.lowerBound } ?? rows.count
            guard place != moved, place != moved + 1 else { continue }
            let placeID = "\(id)-l\(index + 1)-place"
            rows[moved].row.jump = LabelledValue(label: "its place in the version", value: placeID)
            let row = AlignedRow(
                id: placeID, label: "moved", type: nil, drift: nil, identical: false,
                referenceNumbers: nil, versionNumbers: numbers(link.versionSentences),
                reference: nil, version: versionText.pieces(span, marks: versionAll, anchored: &anchored),
                referenceGap: "moved: the reference has it as sentence \(numbers(link.referenceSentences) ?? "")",
                versionGap: "",
                evidence: [], jump: LabelledValue(label: "the moved sentence", value: rows[moved].row.id))
            rows.insert((span.lowerBound, place < rows.count ? rows[place].reference : Int.max, row), at: place)
        }
        insertResidue(
            record.reference.boilerplate, covered: version.links.compactMap(\.reference), onReferenceSide: true,
            highlighter: referenceText, marks: referenceAll, id: "\(id)-rb", into: &rows)
        insertResidue(
            version.document.boilerplate, covered: version.links.compactMap(\.version), onReferenceSide: false,
            highlighter: versionText, marks: versionAll, id: "\(id)-b", into: &rows)
        return rows.map(\.row)
    }

    /// A row and where it starts in the version and in the reference.
    private typealias PlacedRow = (version: Int, reference: Int, row: AlignedRow)

    /// A row for each span of web residue outside every link, before the first row that starts
    /// after it on its side.
    private mutating func insertResidue(
        _ spans: [BoilerplateRecord], covered: [Range<Int>], onReferenceSide: Bool,
        highlighter: Highlighter, marks: [Highlighter.Mark], id: String, into rows: inout [PlacedRow]
    ) {
        for (index, span) in spans.enumerated() where !covered.contains(where: { $0.overlaps(span.span) }) {
            let pieces = highlighter.pieces(span.span, marks: marks, anchored: &anchored)
            let row = AlignedRow(
                id: "\(id)\(index + 1)", label: "boilerplate", type: nil, drift: nil, identical: false,
                referenceNumbers: nil, versionNumbers: nil,
                reference: onReferenceSide ? pieces : nil, version: onReferenceSide ? nil : pieces,
                referenceGap: "web page furniture of the version, left out of the comparison",
                versionGap: "web page furniture of the reference, left out of the comparison",
                evidence: ["web residue: \(span.reason)"], jump: nil)
            let start = span.span.lowerBound
            let position =
                rows.firstIndex { $0.row.label != "moved" && (onReferenceSide ? $0.reference : $0.version) > start }
                ?? rows.count
            let other =
                position < rows.count ? (onReferenceSide ? rows[position].version : rows[position].reference) : Int.max
            rows.insert(onReferenceSide ? (other, start, row) : (start, other, row), at: position)
        }
    }

    /// The web residue of a document as marks.
    private func residue(_ document: DocumentRecord) -> [Highlighter.Mark] {
        document.boilerplate.map { Highlighter.Mark(range: $0.span, kind: .boilerplate($0.reason)) }
    }

    private func section(_ version: VersionRecord, of record: ComparisonRecord, id: String, rows: [AlignedRow])
        -> VersionSection
    {
        let j = version.judgement
        let labels = j.labels
        let findingCount = version.document.findings.count
        return VersionSection(
            id: id, path: version.document.path, referencePath: record.reference.path,
            verdict: j.verdict.rawValue, verdictClass: cssClass(j.verdict.rawValue), reason: j.reason,
            figures: [
                LabelledValue(label: "coverage", value: Rounding.percent(j.coverage)),
                LabelledValue(label: "drift", value: Rounding.twoDecimals(j.drift)),
                LabelledValue(label: "garble", value: Rounding.percent(j.garble)),
                LabelledValue(label: "added", value: Rounding.percent(j.additions)),
                LabelledValue(label: "omitted", value: Rounding.percent(j.omissions)),
            ],
            labels: PairLabel.allCases.compactMap { label in
                labels[label].flatMap { $0 == 0 ? nil : LabelledValue(label: label.rawValue, value: "\($0)") }
            },
            rows: rows, findingSummary: findingCount == 0 ? "no findings" : Self.count(findingCount, "finding"))
    }

    // MARK: Overview

    private func strip(_ version: VersionRecord, of record: ComparisonRecord, id: String) -> HeatStrip {
        var cells: [HeatCell] = []
        for (index, link) in version.links.enumerated() {
            let worst = link.version.flatMap { span in
                version.document.findings.filter { $0.version.span.overlaps(span) }.map(\.severity).max()
            }
            let shade = Self.shade(of: link.label, worst: worst)
            let drift = link.label == .omitted ? "" : ", drift \(Rounding.twoDecimals(link.drift))"
            let finding = worst.map { "; worst finding \($0.rawValue)" } ?? ""
            for sentence in link.referenceSentences {
                cells.append(
                    HeatCell(
                        x: sentence, target: "\(id)-l\(index + 1)", shade: shade,
                        title: "Reference sentence \(sentence + 1): \(link.label.rawValue)\(drift)\(finding)"))
            }
        }
        return HeatStrip(
            id: id, path: version.document.path, sentences: max(record.reference.sentences, cells.count), cells: cells)
    }

    /// Whether two spans differ only in the style of their quotes, apostrophes and dashes (a
    /// copy-edit at most, which the page shows only on request).
    private static func differInStyleOnly(
        _ a: Range<Int>?, _ aText: Highlighter, _ b: Range<Int>?, _ bText: Highlighter
    ) -> Bool {
        guard let a, let b, a.count == b.count else { return false }
        return zip(aText.scalars[a], bText.scalars[b]).allSatisfy { TokenAnalyzer.plain($0) == TokenAnalyzer.plain($1) }
    }

    /// The colour of a link in the heat strip: what the editor must look at, not the drift
    /// alone. A changed meaning or a major finding is as strong as the drift of a whole
    /// rewrite, a critical finding stronger; a paraphrase is paler, a copy-edit paler still.
    private static func shade(of label: PairLabel, worst: Severity?) -> String {
        if worst == .critical { return "critical" }
        switch label {
        case .omitted: return "omitted"
        case .garbled: return "garbled"
        case .changed: return "changed"
        default: break
        }
        if worst == .major { return "changed" }
        switch label {
        case .identical: return "same"
        case .copyedit: return "copyedit"
        default: return "paraphrase"
        }
    }

    private func chart(_ record: ComparisonRecord) -> BarChart {
        let labelWidth = 220, barSpan = 360, barHeight = 12, gap = 4, groupGap = 14
        var labels: [ChartText] = []
        var bars: [ChartBar] = []
        var y = 8
        for version in record.versions {
            labels.append(ChartText(x: 0, y: y + barHeight * 2, text: shortened(version.document.path)))
            let j = version.judgement
            for (measure, value, text) in [
                ("coverage", j.coverage, "coverage " + Rounding.percent(j.coverage)),
                ("drift", j.drift, "drift " + Rounding.twoDecimals(j.drift)),
                ("garble", j.garble, "garble " + Rounding.percent(j.garble)),
            ] {
                let width = Int((min(max(value, 0), 1) * Double(barSpan)).rounded())
                bars.append(
                    ChartBar(
                        x: labelWidth, y: y, width: width, height: barHeight, measure: measure,
                        value: ChartText(x: labelWidth + width + 6, y: y + barHeight - 2, text: text)))
                y += barHeight + gap
            }
            y += groupGap
        }
        return BarChart(
            width: labelWidth + barSpan + 110, height: y, labels: labels, bars: bars,
            description: record.versions.map { version in
                let j = version.judgement
                return
                    "\(version.document.path): coverage \(Rounding.percent(j.coverage)), drift \(Rounding.twoDecimals(j.drift)), garble \(Rounding.percent(j.garble))"
            }.joined(separator: "; "))
    }

    // MARK: Formatting

    /// `3` or `3–4`, 1-based; nil for no sentences.
    private func numbers(_ sentences: Range<Int>) -> String? {
        switch sentences.count {
        case 0: nil
        case 1: "\(sentences.lowerBound + 1)"
        default: "\(sentences.lowerBound + 1)–\(sentences.upperBound)"
        }
    }

    /// The last 32 characters of a path, for the chart's labels.
    private func shortened(_ path: String) -> String {
        path.count <= 32 ? path : "…" + path.suffix(31)
    }

    private func cssClass(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
