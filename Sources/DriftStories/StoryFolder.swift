import DriftIO
internal import TOMLKit

/// A story's folder in a batch directory: its reference, the versions compared with it, and
/// optionally a glossary and a language.
///
/// The reference is named by the folder's `drift.toml`, or is the file named `reference.*`:
///
/// ```toml
/// reference = "original.txt"
/// versions = ["mt.txt", "rewrite.txt"]   # optional: every other file
/// glossary = "terms.tsv"                # optional
/// language = "english"                  # optional: the Snowball stemmer's
/// ```
///
/// Without `versions`, every other file of the folder is a version, in the order of their
/// names, except hidden files, `drift.toml` and the glossary.
public struct StoryFolder: Sendable, Equatable {
    /// The name of the file that configures a story.
    public static let configurationName = "drift.toml"

    /// The folder's name, the first part of each comparison's id.
    public var name: String
    /// The reference's path.
    public var reference: String
    /// The versions' paths.
    public var versions: [String]
    /// The glossary's path, if any.
    public var glossary: String?
    /// The stemmer's language, if the folder sets one.
    public var language: String?

    /// Reads the story in `directory`.
    ///
    /// - Throws: `StoryFolderError` naming the folder or its `drift.toml` and what is wrong.
    public init(directory: String) throws(StoryFolderError) {
        let entries: [String]
        do {
            entries = try FileIO.entries(of: directory)
        } catch {
            throw .unreadable(path: directory, error)
        }
        name = directory.split(separator: "/").last.map(String.init) ?? directory
        let files = entries.filter { !$0.hasPrefix(".") && FileIO.kind(of: directory + "/" + $0) != .directory }
        var configuration = Configuration()
        if files.contains(Self.configurationName) {
            configuration = try Configuration(path: directory + "/" + Self.configurationName)
        }
        let referenceName: String
        if let named = configuration.reference {
            referenceName = named
        } else {
            let conventional = files.filter { $0 == "reference" || $0.hasPrefix("reference.") }
            guard conventional.count == 1 else {
                throw conventional.isEmpty
                    ? .noReference(path: directory) : .severalReferences(path: directory, names: conventional)
            }
            referenceName = conventional[0]
        }
        let excluded: Set<String> = [Self.configurationName, referenceName, configuration.glossary ?? ""]
        let versionNames = configuration.versions ?? files.filter { !excluded.contains($0) }
        guard !versionNames.isEmpty else { throw .noVersions(path: directory) }
        reference = directory + "/" + referenceName
        versions = versionNames.map { directory + "/" + $0 }
        glossary = configuration.glossary.map { directory + "/" + $0 }
        language = configuration.language
    }

    /// Every story of a batch directory: one per sub-folder, in the order of their names,
    /// each the story or the error that kept it from being read.
    ///
    /// - Throws: `StoryFolderError.unreadable` when `directory` itself cannot be listed.
    public static func stories(in directory: String) throws(StoryFolderError) -> [Result<StoryFolder, StoryFolderError>]
    {
        let entries: [String]
        do {
            entries = try FileIO.entries(of: directory)
        } catch {
            throw .unreadable(path: directory, error)
        }
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        return entries.filter { !$0.hasPrefix(".") && FileIO.kind(of: root + "/" + $0) == .directory }.map { name in
            Result { () throws(StoryFolderError) in try StoryFolder(directory: root + "/" + name) }
        }
    }

    /// The members of a `drift.toml`.
    private struct Configuration {
        var reference: String?
        var versions: [String]?
        var glossary: String?
        var language: String?

        init() {}

        init(path: String) throws(StoryFolderError) {
            let bytes: [UInt8]
            do {
                bytes = try FileIO.bytes(at: path, maxBytes: 1 << 20)
            } catch {
                throw .unreadable(path: path, error)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw .invalidConfiguration(path: path, line: nil, reason: "not UTF-8 text")
            }
            let table: TOMLTable
            do {
                table = try TOMLTable(string: text)
            } catch let error as TOMLParseError {
                throw .invalidConfiguration(path: path, line: error.source.begin.line, reason: error.description)
            } catch {
                throw .invalidConfiguration(path: path, line: nil, reason: "\(error)")
            }
            for key in table.keys {
                let value = table[key]
                switch key {
                case "reference", "glossary", "language":
                    guard let string = value?.string, Self.isPlainName(string) || key == "language" else {
                        throw .invalidConfiguration(
                            path: path, line: nil, reason: "'\(key)' must be a file name in the story's folder")
                    }
                    if key == "reference" { reference = string }
                    if key == "glossary" { glossary = string }
                    if key == "language" { language = string }
                case "versions":
                    guard let array = value?.array else {
                        throw .invalidConfiguration(
                            path: path, line: nil, reason: "'versions' must be a list of file names")
                    }
                    var names: [String] = []
                    for element in array {
                        guard let name = element.string, Self.isPlainName(name) else {
                            throw .invalidConfiguration(
                                path: path, line: nil,
                                reason: "'versions' must be a list of file names in the story's folder")
                        }
                        names.append(name)
                    }
                    versions = names
                default:
                    throw .invalidConfiguration(
                        path: path, line: nil,
                        reason: "unknown key '\(key)' (known: reference, versions, glossary, language)")
                }
            }
        }

        /// A file name without folders: a story's files stay in its folder.
        private static func isPlainName(_ name: String) -> Bool {
            !name.isEmpty && !name.contains("/") && name != "." && name != ".."
        }
    }
}
