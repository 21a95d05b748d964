import DriftIO

/// Turns a manifest's paths into paths to read: relative to the manifest's folder, and
/// refused when they lead out of it (through `..`, an absolute path or a symbolic link)
/// unless that is allowed.
struct PathResolver {
    /// The manifest's folder.
    let folder: String
    let allowOutside: Bool
    /// The folder with its links resolved, computed once.
    private lazy var canonicalFolder: String? = FileIO.canonicalPath(folder)

    init(folder: String, allowOutside: Bool) {
        self.folder = folder
        self.allowOutside = allowOutside
    }

    /// The path to read for `name`, as the manifest gives it.
    ///
    /// - Throws: `BatchLineError` when the path leaves the folder and that is not allowed.
    mutating func resolve(_ name: String) throws(BatchLineError) -> String {
        let path = name.hasPrefix("/") || folder == "." ? name : folder + "/" + name
        return try check(path)
    }

    /// `path` itself, when it stays in the folder or leaving it is allowed.
    ///
    /// - Throws: `BatchLineError` naming the path otherwise.
    mutating func check(_ path: String) throws(BatchLineError) -> String {
        guard !allowOutside else { return path }
        let refusal = BatchLineError(
            "\(path): outside the manifest's folder \(folder) (--allow-outside accepts it)", path: path)
        if let canonical = FileIO.canonicalPath(path) {
            guard let root = canonicalFolder, canonical == root || canonical.hasPrefix(root == "/" ? "/" : root + "/")
            else { throw refusal }
            return path
        }
        // A path that does not exist fails when it is read; here only its words count.
        if path.hasPrefix("/") {
            guard let root = canonicalFolder, path.hasPrefix(root + "/") else { throw refusal }
        }
        let relative = path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
        var depth = 0
        for part in relative.split(separator: "/") {
            if part == ".." { depth -= 1 } else if part != "." { depth += 1 }
            if depth < 0 { throw refusal }
        }
        return path
    }
}
