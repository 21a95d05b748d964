/// An ICU transliterator, such as `Any-Latin; Latin-ASCII` (any script to plain ASCII letters).
///
/// A transliterator is not thread-safe: create one per worker.
public final class Transliterator {
    /// The ICU transform ID, e.g. `Any-Latin; Latin-ASCII`.
    public let id: String
    private let transliterator: ICUTransliterator

    /// Creates a transliterator.
    ///
    /// - Parameter id: An ICU transform ID; the default turns any script into ASCII.
    /// - Throws: `TextError.icu` when ICU does not know the transform.
    public init(id: String = "Any-Latin; Latin-ASCII") throws(TextError) {
        self.id = id
        do {
            transliterator = try ICUTransliterator(id: id)
        } catch {
            throw error.textError("open the transliterator '\(id)'")
        }
    }

    /// `string` transliterated. The corresponding ICU function is `utrans_transUChars`.
    public func transliterate(_ string: String) -> String {
        guard let units = try? transliterator.transliterate(Array(string.utf16)) else { return string }
        return String(decoding: units, as: UTF16.self)
    }
}
