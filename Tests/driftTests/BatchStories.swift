import Foundation

/// A folder with two short stories and a manifest over them, two rows of it broken (a binary
/// file, a missing one).
final class BatchStories {
    let folder: String
    let manifest: String

    init() throws {
        folder = NSTemporaryDirectory() + "drift-batch-cli-" + UUID().uuidString
        let files = [
            "a/ref.txt":
                "The minister resigned on Friday. She had led the ministry for six years. Her deputy takes over.",
            "a/mt.txt":
                "The minister quit on Friday. She had led the ministry for six years. Her deputy takes over.",
            "a/wrong.txt":
                "The minister resigned on Monday. She had led the ministry for sixteen years. Her deputy takes over.",
            "b/ref.txt":
                "Heavy rain flooded the valley overnight. Hundreds of homes lost power. Schools stay closed on Tuesday.",
            "b/summary.txt": "Rain flooded the valley and cut power to hundreds of homes.",
            "b/binary.txt": "PNG\u{0}\u{0}\u{1A}",
        ]
        for (name, text) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        manifest = folder + "/manifest.csv"
        let rows = [
            "id,reference,version", "a-mt,a/ref.txt,a/mt.txt", "a-wrong,a/ref.txt,a/wrong.txt",
            "b-summary,b/ref.txt,b/summary.txt", "b-binary,b/ref.txt,b/binary.txt",
            "b-missing,b/ref.txt,b/none.txt",
            "a-same,a/ref.txt,a/ref.txt",
        ]
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: manifest))
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}
