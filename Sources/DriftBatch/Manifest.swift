import DriftIO
import DriftKit
import DriftRecords
import DriftStories

/// The items of a batch, from a manifest or a directory of stories.
///
/// A manifest is CSV (RFC 4180), TSV or JSON Lines, by its name's ending, with `id`,
/// `reference` and `version` and optionally `glossary` and `language` (a CSV or TSV names its
/// columns in a header line; other columns are ignored). Paths are relative to the manifest's
/// folder. A directory holds one folder per story (`StoryFolder`); each version is an item
/// with the id `story/version-file`.
///
/// A row that cannot be read, a repeated id, or a path that leaves the manifest's folder (unless
/// allowed) becomes an error record in its place; the others are still compared.
public struct Manifest: Sendable {
    /// The entries, in the input's order.
    public var inputs: [BatchInput]

    /// Reads the manifest or directory at `path`.
    ///
    /// - Parameters:
    ///   - path: A `.csv`, `.tsv` or `.jsonl` file, or a directory of stories.
    ///   - allowOutside: Accept paths that lead out of the manifest's folder.
    /// - Throws: `ManifestError` when the manifest as a whole cannot be read.
    public init(path: String, allowOutside: Bool = false) throws(ManifestError) {
        let isDirectory = FileIO.kind(of: path) == .directory
        let folder = isDirectory ? Self.trimmed(path) : Self.folder(of: path)
        var resolver = PathResolver(folder: folder, allowOutside: allowOutside)
        var inputs: [BatchInput]
        if isDirectory {
            inputs = try Self.stories(in: path, resolver: &resolver)
        } else {
            let text: String
            do {
                text = try Document(contentsOf: path).text.string
            } catch {
                throw .unreadable(path: path, reason: Self.reason(error))
            }
            let name = path.lowercased()
            if name.hasSuffix(".csv") {
                inputs = try Self.rows(Delimited.csvRows(text), path: path, resolver: &resolver)
            } else if name.hasSuffix(".tsv") || name.hasSuffix(".tab") {
                inputs = try Self.rows(Delimited.tsvRows(text), path: path, resolver: &resolver)
            } else if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
                inputs = Self.jsonLines(text, path: path, resolver: &resolver)
            } else {
                throw .unknownFormat(path: path)
            }
        }
        guard !inputs.isEmpty else { throw .empty(path: path) }
        Self.refuseRepeatedIDs(&inputs, path: path)
        self.inputs = inputs
    }

    /// The reason of an input error, without the path it names first.
    private static func reason(_ error: InputError) -> String {
        let text = error.description
        let prefix = error.path + ": "
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }

    /// Items from the rows of a CSV or TSV file, the first row its header.
    private static func rows(_ rows: [Delimited.Row], path: String, resolver: inout PathResolver) throws(ManifestError)
        -> [BatchInput]
    {
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingSpaces.lowercased() }
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() where columns[name] == nil { columns[name] = index }
        for required in ["id", "reference", "version"] where columns[required] == nil {
            throw .missingColumn(path: path, column: required)
        }
        return rows.dropFirst().compactMap { row -> BatchInput? in
            if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { return nil }
            func field(_ name: String) -> String? {
                guard let index = columns[name], index < row.fields.count else { return nil }
                let value = row.fields[index].trimmingSpaces
                return value.isEmpty ? nil : value
            }
            let id = JSONValue.string(field("id") ?? "")
            guard let idText = field("id") else {
                return failure(id: .null, row.line, "the row has no id", path: path)
            }
            guard let reference = field("reference"), let version = field("version") else {
                return failure(
                    id: .string(idText), row.line,
                    "the row needs a reference and a version (\(row.fields.count) fields)",
                    path: path)
            }
            return item(
                id: id, reference: reference, versions: [version], glossary: field("glossary"),
                language: field("language"), line: row.line, path: path, resolver: &resolver)
        }
    }

    /// Items from the lines of a JSON Lines manifest.
    private static func jsonLines(_ text: String, path: String, resolver: inout PathResolver) -> [BatchInput] {
        var inputs: [BatchInput] = []
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineEnd).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let number = offset + 1
            do {
                let entry = try ItemLine.decode(line)
                guard let id = entry.id, id != .null else {
                    inputs.append(failure(id: .null, number, "the line has no id", path: path))
                    continue
                }
                inputs.append(
                    item(
                        id: id, reference: entry.reference, versions: try entry.versionTexts(),
                        glossary: entry.glossary,
                        language: entry.language, line: number, path: path, resolver: &resolver))
            } catch {
                inputs.append(failure(id: (try? ItemLine.decode(line))?.id ?? .null, number, error.message, path: path))
            }
        }
        return inputs
    }

    /// Items from a directory of stories: one per version of each.
    private static func stories(in path: String, resolver: inout PathResolver) throws(ManifestError) -> [BatchInput] {
        let stories: [Result<StoryFolder, StoryFolderError>]
        do {
            stories = try StoryFolder.stories(in: path)
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
        return stories.flatMap { story -> [BatchInput] in
            switch story {
            case .failure(let error):
                let name = error.path.split(separator: "/").last.map(String.init) ?? error.path
                return [.failure(BatchRecord.failure(id: .string(name), error: error.description, path: error.path))]
            case .success(let story):
                return story.versions.map { version in
                    let file = version.split(separator: "/").last.map(String.init) ?? version
                    return item(
                        id: .string(story.name + "/" + file), reference: story.reference, versions: [version],
                        glossary: story.glossary, language: story.language, line: nil, path: nil, resolver: &resolver,
                        resolved: true)
                }
            }
        }
    }

    /// An item with its paths resolved, or the error record of a path refused.
    private static func item(
        id: JSONValue, reference: String, versions: [String], glossary: String?, language: String?, line: Int?,
        path: String?, resolver: inout PathResolver, resolved: Bool = false
    ) -> BatchInput {
        do {
            func resolve(_ name: String) throws(BatchLineError) -> String {
                resolved ? try resolver.check(name) : try resolver.resolve(name)
            }
            let referencePath = try resolve(reference)
            let versionPaths = try versions.map { name throws(BatchLineError) in try resolve(name) }
            let glossaryPath = try glossary.map { name throws(BatchLineError) in try resolve(name) }
            return .item(
                BatchItem(
                    id: id, reference: .file(path: referencePath), versions: versionPaths.map { .file(path: $0) },
                    glossary: glossaryPath.map { .file(path: $0) }, language: language, line: line))
        } catch {
            return .failure(
                BatchRecord.failure(
                    id: id, error: error.message, path: error.path, line: line, reference: reference,
                    version: versions.count == 1 ? versions[0] : nil))
        }
    }

    private static func failure(id: JSONValue, _ line: Int, _ message: String, path: String) -> BatchInput {
        .failure(BatchRecord.failure(id: id, error: "\(path):\(line): \(message)", path: path, line: line))
    }

    /// Refuses every entry whose id an earlier one has: results are matched by id, and
    /// `--resume` skips ids already done.
    private static func refuseRepeatedIDs(_ inputs: inout [BatchInput], path: String) {
        var first: [String: Int] = [:]
        for index in inputs.indices {
            let id = inputs[index].id
            guard id != .null else { continue }
            if let earlier = first[id.serialized] {
                let message = "the id \(id.serialized) is used before (entry \(earlier + 1))"
                inputs[index] = .failure(BatchRecord.failure(id: id, error: message, path: path, line: nil))
            } else {
                first[id.serialized] = index
            }
        }
    }

    /// The folder of a file's path: `.` for a bare name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func trimmed(_ path: String) -> String {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
