/// Finds strings that look alike (UTS #39 confusables): Latin "a" and Cyrillic "а", "rn" and
/// "m", "0" and "O".
///
/// A detector holds an ICU spoof checker and is not thread-safe: create one per worker.
public final class ConfusableDetector {
    private let checker: ICUSpoofChecker

    /// Creates a detector.
    ///
    /// - Throws: `TextError.icu` when ICU's confusable data cannot be loaded.
    public init() throws(TextError) {
        do {
            checker = try ICUSpoofChecker()
        } catch {
            throw error.textError("open the spoof checker")
        }
    }

    /// The skeleton of `string`: strings that look alike have the same skeleton.
    ///
    /// The corresponding ICU function is `uspoof_getSkeleton`.
    public func skeleton(of string: String) -> String {
        guard let units = try? checker.skeleton(Array(string.utf16)) else { return string }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether two different strings look alike.
    public func areConfusable(_ first: String, _ second: String) -> Bool {
        first != second && skeleton(of: first) == skeleton(of: second)
    }
}
