import ArgumentParser

/// `--encoder`: a sentence encoder, or the one that suits each document's language.
enum EncoderChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case minilm
    case e5

    /// The model named, nil for `auto`.
    var model: EncoderModel? {
        switch self {
        case .auto: nil
        case .minilm: .minilm
        case .e5: .e5
        }
    }
}
