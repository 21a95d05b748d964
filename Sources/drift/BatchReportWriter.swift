import DriftHTML
import DriftIO
import DriftMetrics
import DriftRecords
import DriftReport

/// Renders `drift batch` results: an index page with a page per detailed comparison (HTML),
/// CSV or JSON Lines of the records, or the detailed comparisons as text or JSON.
enum BatchReportWriter {
    /// The folder, inside the report's, of the comparisons' own pages.
    static let pagesFolder = "comparisons"

    static func write(
        _ records: [BatchRecord], title: String, format: ReportFormat, renderer: ComparisonRenderer, to path: String?
    ) throws {
        switch format {
        case .html:
            try writeFolder(records, title: title, to: path)
        case .csv:
            try OutputFile.write(BatchRenderer.csvHeader + records.map(BatchRenderer.csvRows).joined(), to: path)
        case .jsonl:
            try OutputFile.write(records.map(BatchRenderer.jsonLine).joined(), to: path)
        case .text, .json:
            let comparisons = records.compactMap(\.comparison)
            guard !comparisons.isEmpty else {
                Console.error(
                    "the batch results hold no comparisons to print as \(format.rawValue): "
                        + "run drift batch with --details, or report them as html, csv or jsonl")
                throw ExitStatus.badInput.code
            }
            try ReportWriter.write(comparisons, format: format, renderer: renderer, to: path)
        }
    }

    /// Writes `folder/index.html` and, for each record holding its comparison, a page in
    /// `folder/comparisons/` that the index links to.
    private static func writeFolder(_ records: [BatchRecord], title: String, to folder: String?) throws {
        guard let folder, folder != "-" else {
            Console.error("an HTML report of batch results is a folder: give it with -o, as in -o report/")
            throw ExitStatus.badInput.code
        }
        let generator = "drift \(DriftVersion.string)"
        var links: [Int: String] = [:]
        var pages: [(name: String, text: String)] = []
        var taken: Set<String> = []
        let report = try HTMLReport()
        for (index, record) in records.enumerated() {
            guard let comparison = record.comparison else { continue }
            let name = pageName(record.id, number: index + 1, taken: &taken)
            links[index] = "\(pagesFolder)/\(name)"
            pages.append((name, report.render([comparison], generator: generator)))
        }
        let index = try BatchIndex().render(records, links: links, title: title, generator: generator)
        do {
            try FileIO.makeDirectory(folder)
            if !pages.isEmpty { try FileIO.makeDirectory(folder + "/" + pagesFolder) }
            for page in pages { try FileIO.replace("\(folder)/\(pagesFolder)/\(page.name)", with: page.text) }
            try FileIO.replace(folder + "/index.html", with: index)
        } catch .unwritable(let path, let reason) {
            throw OutputError(path: path, reason: reason)
        } catch .notADirectory(let path) {
            throw OutputError(path: path, reason: "it is not a folder")
        } catch {
            throw OutputError(path: folder, reason: "\(error)")
        }
    }

    /// A file name for the page of the comparison `id`: its letters, digits, `-`, `_` and `.`
    /// kept and the rest turned into `_`, unique in the folder (`story_1.html`, `story_1-7.html`).
    static func pageName(_ id: JSONValue, number: Int, taken: inout Set<String>) -> String {
        let text: String =
            switch id {
            case .string(let string): string
            default: id.serialized
            }
        var stem = String(
            text.unicodeScalars.prefix(80).map { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
                    ? Character(scalar) : "_"
            })
        if stem.isEmpty || stem.hasPrefix(".") { stem = "comparison-\(stem)" }
        var name = stem + ".html"
        if !taken.insert(name.lowercased()).inserted {
            name = "\(stem)-\(number).html"
            taken.insert(name.lowercased())
        }
        return name
    }
}
