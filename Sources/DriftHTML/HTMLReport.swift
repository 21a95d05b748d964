public import DriftRecords
import Foundation
import Mustache

/// The self-contained HTML report: an overview of the versions, each version side by side
/// with the reference, the collation of three versions or more, and every finding, in one
/// file that needs nothing else to open. Also the page of a collation alone.
///
/// The page comes from Mustache templates shipped as the module's resources. Every piece of
/// document text goes through the templates' escaping; the page's only style and script are
/// inline, and its Content-Security-Policy admits those two by hash and nothing remote.
public struct HTMLReport: Sendable {
    private let library: MustacheLibrary
    private let css: String
    private let script: String

    /// Loads the templates.
    ///
    /// - Throws: `HTMLReportError` when a resource is missing or a template does not parse.
    public init() throws(HTMLReportError) {
        var library = MustacheLibrary()
        for name in ["report", "overview", "version", "findings", "pieces", "collation", "collate"] {
            do {
                try library.register(Self.resource(name, "mustache"), named: name)
            } catch let error as HTMLReportError {
                throw error
            } catch {
                throw HTMLReportError(resource: "\(name).mustache", message: "does not parse: \(error)")
            }
        }
        self.library = library
        css = try Self.resource("report", "css")
        script = try Self.resource("report", "js")
    }

    /// The page of `records`, one comparison after another; `generator` is what made it
    /// (`drift 0.1.0`), named in its footer.
    public func render(_ records: [ComparisonRecord], generator: String) -> String {
        let page = PageBuilder.page(records, generator: generator, css: css, script: script)
        return library.render(TemplateEncoder.value(of: page), withTemplate: "report") ?? ""
    }

    /// The page of a collation (`drift collate --format html`): the collation view alone, with
    /// no script.
    public func render(_ collation: CollationRecord, generator: String) -> String {
        let documents = collation.documents.count
        let page = CollationPage(
            title: "\(documents) document\(documents == 1 ? "" : "s") around \(collation.pivot)", generator: generator,
            method: collation.embeddings ? "lexical and sentence-embedding similarity" : "lexical similarity only",
            collation: CollationView(collation, id: "collation", pivotRole: "pivot"), css: css,
            contentSecurityPolicy: ContentSecurityPolicy.admitting(css: css, script: ""))
        return library.render(TemplateEncoder.value(of: page), withTemplate: "collate") ?? ""
    }

    /// The text of one of the module's resources.
    static func resource(_ name: String, _ type: String) throws(HTMLReportError) -> String {
        guard let folder = resources else {
            throw HTMLReportError(
                resource: "\(name).\(type)",
                message:
                    "is missing: keep the drift_DriftHTML.resources folder beside the drift binary (it is built next to it)"
            )
        }
        let url = folder.appendingPathComponent("Resources").appendingPathComponent("\(name).\(type)")
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw HTMLReportError(
                resource: "\(name).\(type)", message: "cannot be read at \(url.path): \(error.localizedDescription)")
        }
    }

    /// The module's resource folder, which SwiftPM builds beside the executable. Found here
    /// rather than through `Bundle.module`, which stops the process when the folder is missing.
    private static let resources: URL? = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folders = [executable.deletingLastPathComponent(), Bundle.main.bundleURL]
        for folder in folders {
            for name in ["drift_DriftHTML.resources", "drift_DriftHTML.bundle"] {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Resources").path) {
                    return candidate
                }
            }
        }
        return nil
    }()
}
