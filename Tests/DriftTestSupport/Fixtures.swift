import Foundation

/// Locates the repository's `Fixtures/` and `seeds/` folders from this file's path, so tests
/// read them without `Bundle.module`.
public enum Fixtures {
    /// The repository root.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The path of a file under `Fixtures/`.
    public static func path(_ relative: String) -> String { root + "/Fixtures/" + relative }

    /// The path of a file under `seeds/`.
    public static func seed(_ name: String) -> String { root + "/seeds/" + name }

    /// The names of the seed files, sorted.
    public static var seedNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/seeds")) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The bytes of a file.
    public static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The UTF-8 text of a file.
    public static func string(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
