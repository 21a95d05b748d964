/// A writing system, as the Unicode `Script` property gives it (ISO 15924).
public struct Script: Sendable, Hashable, CustomStringConvertible {
    /// ICU's script code (`UScriptCode`).
    public let code: Int32

    /// The script of a code point. Punctuation, digits and spaces are `Common`; combining marks
    /// are `Inherited`. The corresponding ICU function is `uscript_getScript`.
    public init(of scalar: Unicode.Scalar) {
        code = icuScriptCode(of: scalar)
    }

    /// The long name, such as `Latin` or `Cyrillic`.
    public var name: String { icuScriptNames(of: code).name }
    /// The ISO 15924 code, such as `Latn` or `Cyrl`.
    public var shortName: String { icuScriptNames(of: code).shortName }

    /// Whether the script belongs to no language: `Common`, `Inherited` or `Unknown`.
    public var isShared: Bool { code == 0 || code == 1 || code == 103 }

    public var description: String { name }
}
