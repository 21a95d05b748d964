/// A failure of the Unicode services behind DriftText (ICU or Snowball).
public enum TextError: Error, CustomStringConvertible, Sendable, Equatable {
    /// ICU failed; `status` is ICU's name for the error, such as `U_MEMORY_ALLOCATION_ERROR`.
    case icu(operation: String, status: String)
    /// No Snowball stemmer exists for the language.
    case unknownStemmerLanguage(String, available: [String])

    public var description: String {
        switch self {
        case .icu(let operation, let status):
            "ICU failed to \(operation): \(status)"
        case .unknownStemmerLanguage(let language, let available):
            "no Snowball stemmer for language '\(language)'; available: \(available.joined(separator: ", "))"
        }
    }
}

extension ICUError {
    /// This failure as a public error, naming what was being done.
    func textError(_ operation: String) -> TextError {
        .icu(operation: operation, status: description)
    }
}
