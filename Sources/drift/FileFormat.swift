import ArgumentParser

/// An output format that `-o FILE` can also name by the file's extension, so that
/// `-o report.html` writes HTML without `--format html`.
protocol FileFormat: RawRepresentable<String>, CaseIterable {}

extension FileFormat {
    /// The format the extension of `path` names (`.htm` is html, `.ndjson` jsonl, `.txt`
    /// text), or nil when it names none of this command's formats.
    static func named(byExtensionOf path: String) -> Self? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let suffix = name[name.index(after: dot)...].lowercased()
        return Self(rawValue: ["htm": "html", "ndjson": "jsonl", "txt": "text"][suffix] ?? suffix)
    }

    /// The format to write: the one given, else the one the output file's extension names,
    /// else `fallback`.
    ///
    /// - Throws: `ValidationError` when the format given and the extension disagree.
    static func resolve(_ given: Self?, output: String?, fallback: Self) throws -> Self {
        let implied = output.flatMap(named(byExtensionOf:))
        if let given, let implied, let output, given != implied {
            throw ValidationError(
                "--format \(given.rawValue) contradicts -o \(output), whose extension means \(implied.rawValue): "
                    + "leave out --format or name the file for its format")
        }
        return given ?? implied ?? fallback
    }
}
