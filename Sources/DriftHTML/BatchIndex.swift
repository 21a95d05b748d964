import DriftKit
public import DriftRecords
import Mustache

/// The index page of a batch's results (`drift report results.jsonl -o report/`): a row per
/// comparison with its verdict, error score, drift, garble, coverage and findings, worst
/// first, sortable by any column, filterable by verdict and searchable by id and path. A row
/// links to the comparison's own page where the results hold it (`drift batch --details`).
///
/// Like the comparison report, the page is one self-contained file whose only style and
/// script are inline and admitted by hash.
public struct BatchIndex: Sendable {
    private let library: MustacheLibrary
    private let css: String
    private let script: String

    /// Loads the template.
    ///
    /// - Throws: `HTMLReportError` when a resource is missing or the template does not parse.
    public init() throws(HTMLReportError) {
        var library = MustacheLibrary()
        do {
            try library.register(HTMLReport.resource("index", "mustache"), named: "index")
        } catch let error as HTMLReportError {
            throw error
        } catch {
            throw HTMLReportError(resource: "index.mustache", message: "does not parse: \(error)")
        }
        self.library = library
        // The comparison report's palette and components, and the index's own rules.
        css = try HTMLReport.resource("report", "css") + HTMLReport.resource("index", "css")
        script = try HTMLReport.resource("index", "js")
    }

    /// The page of `records`; `links` gives the page of each record's comparison by its
    /// index in `records`, and `generator` what made it (`drift 0.1.0`).
    public func render(_ records: [BatchRecord], links: [Int: String] = [:], title: String, generator: String) -> String
    {
        var rows: [IndexRow] = []
        for (index, record) in records.enumerated() {
            let summaries = record.summary.map { [$0] } ?? record.versions ?? []
            if summaries.isEmpty {
                rows.append(IndexRow(record, summary: nil, link: links[index]))
            } else {
                rows += summaries.map { IndexRow(record, summary: $0, link: links[index]) }
            }
        }
        rows.sort(by: IndexRow.worstFirst)
        let failed = records.count { !$0.succeeded }
        let verdicts = Verdict.allCases.map(\.rawValue).filter { verdict in rows.contains { $0.verdict == verdict } }
        let page = IndexPage(
            title: title, generator: generator, rows: rows,
            summary: "\(rows.count) comparison\(rows.count == 1 ? "" : "s")" + (failed > 0 ? ", \(failed) failed" : ""),
            verdictOptions: (verdicts + (failed > 0 ? ["error"] : [])).map { LabelledValue(label: $0, value: $0) },
            css: css, script: script, contentSecurityPolicy: ContentSecurityPolicy.admitting(css: css, script: script))
        return library.render(TemplateEncoder.value(of: page), withTemplate: "index") ?? ""
    }
}
