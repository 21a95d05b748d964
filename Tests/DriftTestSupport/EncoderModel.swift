import Foundation
import Testing

/// Whether the sentence encoder's model is where drift looks for it: `DRIFT_MODEL_DIR`, else
/// `~/.cache/drift/all-MiniLM-L6-v2`. Tests that need it are skipped without it.
public enum EncoderModel {
    public static var isInstalled: Bool {
        let directory =
            ProcessInfo.processInfo.environment["DRIFT_MODEL_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? NSHomeDirectory() + "/.cache/drift/all-MiniLM-L6-v2"
        return FileManager.default.fileExists(atPath: directory + "/model.safetensors")
            && FileManager.default.fileExists(atPath: directory + "/vocab.txt")
    }

    /// Why a suite is skipped.
    public static let missing: Comment = "the MiniLM model is not installed: run `make setup` or set DRIFT_MODEL_DIR"
}
