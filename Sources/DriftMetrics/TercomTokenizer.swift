/// sacreBLEU's re-implementation of the Tercom normalizer, used by TER.
public struct TercomTokenizer: Sendable, Hashable {
    /// Split punctuation and unescape XML entities as Tercom does.
    public var normalized: Bool
    /// Remove `.,?:;!"()` (and CJK punctuation with `asianSupport`).
    public var noPunctuation: Bool
    /// Split CJK characters when normalizing; remove CJK punctuation with `noPunctuation`.
    public var asianSupport: Bool
    /// Keep case; otherwise text is lower-cased.
    public var caseSensitive: Bool

    public init(
        normalized: Bool = false, noPunctuation: Bool = false, asianSupport: Bool = false, caseSensitive: Bool = false
    ) {
        self.normalized = normalized
        self.noPunctuation = noPunctuation
        self.asianSupport = asianSupport
        self.caseSensitive = caseSensitive
    }

    /// The words of `line` after Tercom's normalization.
    public func tokenize(_ line: some Collection<Unicode.Scalar>) -> [String] {
        guard !line.isEmpty else { return [] }
        var text = caseSensitive ? Array(line) : PythonText.lower(line)
        if normalized {
            text = Self.normalizeGeneralAndWestern(text)
            // sacreBLEU's three kana rules are anchored at the start of the text, which
            // normalization has just made a space: they never apply, so they are left out.
            if asianSupport { text = PythonText.spaceAround(text, where: Self.isAsianSplit) }
        }
        if noPunctuation {
            text.removeAll { Self.isWesternPunctuation($0) || (asianSupport && Self.isAsianPunctuation($0)) }
        }
        return PythonText.split(text)
    }

    private static func normalizeGeneralAndWestern(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var text = PythonText.replace("\n-", with: "", in: line)
        text = text.map { $0 == "\n" ? " " : $0 }
        text = BLEUTokenizer.unescapeEntities(text)
        text = PythonText.spaceAround([" "] + text + [" "], where: BLEUTokenizer.isMtevalPunctuation)
        // `'s ` → ` 's ` (the pattern `'s$` cannot match: the text now ends in a space).
        text = PythonText.replace("'s ", with: " 's ", in: text)
        return BLEUTokenizer.splitPeriodsCommasAndDashes(text)
    }

    /// CJK ideographs, strokes, radicals, compatibility forms and punctuation that Tercom's
    /// Asian normalization surrounds with spaces.
    private static func isAsianSplit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x31C0...0x31EF, 0x2E80...0x2EFF, 0x3300...0x33FF, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0x3200...0x3F22:
            true
        default:
            isAsianPunctuation(scalar)
        }
    }

    private static func isAsianPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001, 0x3002, 0x3008...0x3011, 0x3014...0x301F, 0xFF61...0xFF65, 0x30FB,
            0xFF0E, 0xFF0C, 0xFF1F, 0xFF1A, 0xFF1B, 0xFF01, 0xFF02, 0xFF08, 0xFF09:
            true
        default:
            false
        }
    }

    private static func isWesternPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", "?", ":", ";", "!", "\"", "(", ")": true
        default: false
        }
    }
}
