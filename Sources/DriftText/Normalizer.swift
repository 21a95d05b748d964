/// Unicode normalization and case folding through ICU.
///
/// A normalizer is a value that may be shared between threads.
public struct Normalizer: Sendable {
    /// The form this normalizer produces.
    public let form: NormalizationForm
    private let normalizer: ICUNormalizer

    /// Creates a normalizer.
    ///
    /// - Throws: `TextError.icu` when ICU's normalization data cannot be loaded.
    public init(_ form: NormalizationForm) throws(TextError) {
        self.form = form
        do {
            normalizer = try ICUNormalizer(form.icuForm)
        } catch {
            throw error.textError("load the \(form.rawValue) normalization data")
        }
    }

    /// `string` in this normalizer's form. ASCII text, which every form but case folding leaves
    /// alone, is returned without calling ICU.
    ///
    /// The corresponding ICU function is `unorm2_normalize`.
    public func normalize(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 < 0x80 }) {
            return form == .nfkcCasefold ? Self.asciiLowercased(string) : string
        }
        return Self.string(orOriginal: string) { (units) throws(ICUError) in try normalizer.normalize(units) }
    }

    /// Full Unicode case folding (`ß` → `ss`, `İ` → `i̇`) without normalization.
    ///
    /// The corresponding ICU function is `u_strFoldCase`.
    public static func caseFold(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(string) }
        return Self.string(orOriginal: string) { (units) throws(ICUError) in try icuFoldCase(units) }
    }

    private static func asciiLowercased(_ string: String) -> String {
        String(decoding: string.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Applies an ICU transform to the UTF-16 of `string`. ICU fails on valid text only when
    /// memory runs out; the text is then returned unchanged rather than lost.
    private static func string(
        orOriginal string: String,
        _ transform: ([UInt16]) throws(ICUError) -> [UInt16]
    ) -> String {
        guard let units = try? transform(Array(string.utf16)) else { return string }
        return String(decoding: units, as: UTF16.self)
    }
}

extension NormalizationForm {
    var icuForm: ICUNormalizer.Form {
        switch self {
        case .nfc: .nfc
        case .nfd: .nfd
        case .nfkc: .nfkc
        case .nfkd: .nfkd
        case .nfkcCasefold: .nfkcCasefold
        }
    }
}
