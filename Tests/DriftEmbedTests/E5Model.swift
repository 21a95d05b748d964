import Foundation
import Testing

/// Whether multilingual-e5-small is where drift looks for it: `DRIFT_E5_DIR`, else
/// `~/.cache/drift/multilingual-e5-small`. Tests that need it are skipped without it.
enum E5Model {
    static var path: String {
        let directory =
            ProcessInfo.processInfo.environment["DRIFT_E5_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? NSHomeDirectory() + "/.cache/drift/multilingual-e5-small"
        return directory + "/e5-small-q4.bin"
    }

    static var isInstalled: Bool { FileManager.default.fileExists(atPath: path) }

    /// Why a test is skipped.
    static let missing: Comment =
        "multilingual-e5-small is not installed: run `make setup` (scripts/install_model.py) or set DRIFT_E5_DIR"
}
