/// Locates the repository's `Fixtures/` and `seeds/` folders from this file's path, so tests
/// read them without `Bundle.module`.
public enum Fixtures {
    /// The repository root.
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    /// The path of a file under `Fixtures/`.
    public static func path(_ relative: String) -> String { root + "/Fixtures/" + relative }

    /// The path of a file under `seeds/`.
    public static func seed(_ name: String) -> String { root + "/seeds/" + name }
}
