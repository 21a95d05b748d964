// The only file of DriftText that calls ICU. Everything here is internal: other files see Swift
// types, and no CICU type reaches the public API.
internal import CICU

/// An ICU status code that signals failure; `description` is ICU's own name for it.
///
/// The corresponding ICU function is `u_errorName`.
struct ICUError: Error, CustomStringConvertible {
    fileprivate let code: UErrorCode

    var description: String { String(cString: CICU_u_errorName(code)) }

    fileprivate var isBufferOverflow: Bool { code == U_BUFFER_OVERFLOW_ERROR }
}

/// Runs `call` with a fresh status and throws when ICU reports a failure.
private func checked<T>(_ call: (inout UErrorCode) -> T) throws(ICUError) -> T {
    var status = U_ZERO_ERROR
    let result = call(&status)
    if CICU_failure(status) != 0 { throw ICUError(code: status) }
    return result
}

/// Runs an ICU "preflighting" function that writes UTF-16 into a caller buffer: on buffer
/// overflow it retries once with the length ICU asked for.
private func preflighted(
    capacity: Int,
    _ call: (UnsafeMutablePointer<UChar>, Int32, inout UErrorCode) -> Int32
) throws(ICUError) -> [UInt16] {
    var capacity = max(capacity, 1)
    while true {
        var status = U_ZERO_ERROR
        var length: Int32 = 0
        let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            length = call(buffer.baseAddress!, Int32(capacity), &status)
            count = CICU_failure(status) == 0 ? Int(length) : 0
        }
        if CICU_failure(status) == 0 { return buffer }
        let error = ICUError(code: status)
        guard error.isBufferOverflow, Int(length) > capacity else { throw error }
        capacity = Int(length)
    }
}

// MARK: - Break iteration

/// A boundary found by ICU: a UTF-16 offset and the rule status of the segment that ends there.
struct ICUBoundary {
    var offset: Int
    var ruleStatus: Int32
}

/// An ICU break iterator (`UBreakIterator`). Not thread-safe: one per worker.
final class ICUBreakIterator {
    enum Kind {
        case sentence, word

        fileprivate var icuType: UBreakIteratorType {
            switch self {
            case .sentence: UBRK_SENTENCE
            case .word: UBRK_WORD
            }
        }
    }

    private let handle: OpaquePointer

    /// The corresponding ICU function is `ubrk_open`.
    init(_ kind: Kind, locale: String) throws(ICUError) {
        let handle = try checked { status in CICU_ubrk_open(kind.icuType, locale, nil, 0, &status) }
        guard let handle else { throw ICUError(code: U_MEMORY_ALLOCATION_ERROR) }
        self.handle = handle
    }

    deinit { CICU_ubrk_close(handle) }

    /// Every boundary of `utf16` after offset 0, in order, with the rule status of the segment
    /// that ends there. The last boundary is `utf16.count`.
    ///
    /// The corresponding ICU functions are `ubrk_setText`, `ubrk_next` and `ubrk_getRuleStatus`.
    func boundaries(of utf16: [UInt16]) -> [ICUBoundary] {
        utf16.withUnsafeBufferPointer { buffer in
            var result: [ICUBoundary] = []
            var status = U_ZERO_ERROR
            CICU_ubrk_setText(handle, buffer.baseAddress, Int32(buffer.count), &status)
            guard CICU_failure(status) == 0 else { return [ICUBoundary(offset: buffer.count, ruleStatus: 0)] }
            let done = CICU_ubrk_done()
            _ = CICU_ubrk_first(handle)
            var next = CICU_ubrk_next(handle)
            while next != done {
                result.append(ICUBoundary(offset: Int(next), ruleStatus: CICU_ubrk_getRuleStatus(handle)))
                next = CICU_ubrk_next(handle)
            }
            // Leave no pointer into the Swift buffer behind.
            CICU_ubrk_setText(handle, nil, 0, &status)
            return result
        }
    }
}

// MARK: - Normalization and case folding

/// One of ICU's shared normalizer instances (`UNormalizer2`). ICU owns them; they are
/// immutable and may be used from any thread.
struct ICUNormalizer: @unchecked Sendable {
    enum Form {
        case nfc, nfd, nfkc, nfkd, nfkcCasefold
    }

    private let handle: OpaquePointer

    /// The corresponding ICU functions are `unorm2_getNFCInstance` and its siblings.
    init(_ form: Form) throws(ICUError) {
        let handle = try checked { status in
            switch form {
            case .nfc: CICU_unorm2_getNFCInstance(&status)
            case .nfd: CICU_unorm2_getNFDInstance(&status)
            case .nfkc: CICU_unorm2_getNFKCInstance(&status)
            case .nfkd: CICU_unorm2_getNFKDInstance(&status)
            case .nfkcCasefold: CICU_unorm2_getNFKCCasefoldInstance(&status)
            }
        }
        guard let handle else { throw ICUError(code: U_MISSING_RESOURCE_ERROR) }
        self.handle = handle
    }

    /// Normalizes UTF-16 text. The corresponding ICU function is `unorm2_normalize`.
    func normalize(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
        try utf16.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
            try preflighted(capacity: source.count + source.count / 2 + 4) { dest, capacity, status in
                CICU_unorm2_normalize(handle, source.baseAddress, Int32(source.count), dest, capacity, &status)
            }
        }
    }
}

/// Full Unicode case folding. The corresponding ICU function is `u_strFoldCase`.
func icuFoldCase(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
    try utf16.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
        try preflighted(capacity: source.count + 8) { dest, capacity, status in
            CICU_u_strFoldCase(dest, capacity, source.baseAddress, Int32(source.count), &status)
        }
    }
}

// MARK: - Transliteration

/// An ICU transliterator (`UTransliterator`) built from an ID such as `Any-Latin; Latin-ASCII`.
/// Not thread-safe: one per worker.
final class ICUTransliterator {
    private let handle: UnsafeMutablePointer<UTransliterator?>

    /// The corresponding ICU function is `utrans_openU`.
    init(id: String) throws(ICUError) {
        let idUnits = Array(id.utf16)
        let handle = try checked { status in CICU_utrans_openU(idUnits, Int32(idUnits.count), &status) }
        guard let handle else { throw ICUError(code: U_MEMORY_ALLOCATION_ERROR) }
        self.handle = handle
    }

    deinit { CICU_utrans_close(handle) }

    /// Transliterates UTF-16 text. The corresponding ICU function is `utrans_transUChars`.
    func transliterate(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
        var capacity = utf16.count * 2 + 16
        while true {
            var buffer = utf16
            buffer.append(contentsOf: repeatElement(0, count: capacity - utf16.count))
            var length = Int32(utf16.count)
            var limit = length
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { pointer in
                CICU_utrans_transUChars(handle, pointer.baseAddress, &length, Int32(capacity), 0, &limit, &status)
            }
            if CICU_failure(status) == 0 { return Array(buffer[0..<Int(length)]) }
            let error = ICUError(code: status)
            guard error.isBufferOverflow, Int(length) > capacity else { throw error }
            capacity = Int(length) + 16
        }
    }
}

// MARK: - Character properties

/// Whether a code point is wide (`W`) or fullwidth (`F`) by the Unicode East Asian Width
/// property. The corresponding ICU function is `u_getIntPropertyValue` with
/// `UCHAR_EAST_ASIAN_WIDTH`.
func icuIsWide(_ scalar: Unicode.Scalar) -> Bool {
    let width = CICU_u_eastAsianWidth(UChar32(bitPattern: scalar.value))
    return width == CICU_u_eastAsianWidthWide() || width == CICU_u_eastAsianWidthFullwidth()
}

/// Whether a code point takes no column of its own: a combining mark (`Mn`, `Me`), a format
/// character (`Cf`) or a control character (`Cc`). The corresponding ICU macro is `U_GET_GC_MASK`.
func icuIsZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    CICU_u_generalCategoryMask(UChar32(bitPattern: scalar.value)) & CICU_u_zeroWidthCategoryMask() != 0
}

// MARK: - Scripts

/// The ICU script code of a code point (`UScriptCode`). The corresponding ICU function is
/// `uscript_getScript`.
func icuScriptCode(of scalar: Unicode.Scalar) -> Int32 {
    var status = U_ZERO_ERROR
    let code = CICU_uscript_getScript(UChar32(bitPattern: scalar.value), &status)
    return CICU_failure(status) == 0 ? code : 0
}

/// The long and short (ISO 15924) names of an ICU script code.
func icuScriptNames(of code: Int32) -> (name: String, shortName: String) {
    let name = CICU_uscript_getName(code).map { String(cString: $0) } ?? "Unknown"
    let short = CICU_uscript_getShortName(code).map { String(cString: $0) } ?? "Zzzz"
    return (name, short)
}
