/// Why the sentence encoder could not be loaded.
public enum EmbedError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The model folder or one of its files is missing.
    case modelMissing(path: String)
    /// A file of the model is not what the encoder expects.
    case invalidModel(path: String, reason: String)

    public var description: String {
        switch self {
        case .modelMissing(let path):
            "the sentence encoder's model is not installed (\(path) not found)"
        case .invalidModel(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
