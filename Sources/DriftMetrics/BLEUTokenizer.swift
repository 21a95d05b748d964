/// sacreBLEU's BLEU tokenizers, reproduced character for character.
public enum BLEUTokenizer: String, Sendable, CaseIterable {
    /// mteval-v13a, WMT's standard (sacreBLEU's default).
    case thirteenA = "13a"
    /// mteval-v14 international: splits on Unicode punctuation and symbols.
    case intl
    /// Chinese: every CJK character is a token, the rest as `13a`.
    case zh
    /// Every character is a token.
    case char
    /// No tokenization: the text is split on white space.
    case none

    /// The tokenizer sacreBLEU calls `name`.
    ///
    /// - Throws: `MetricError.unsupportedTokenizer` for `ja-mecab`, `ko-mecab` and the
    ///   SentencePiece tokenizers, `MetricError.unknownTokenizer` for anything else.
    public init(name: String) throws(MetricError) {
        if let tokenizer = BLEUTokenizer(rawValue: name) {
            self = tokenizer
        } else if ["ja-mecab", "ko-mecab", "spm", "flores101", "flores200", "spBLEU-1K"].contains(name) {
            throw .unsupportedTokenizer(name)
        } else {
            throw .unknownTokenizer(name)
        }
    }

    /// The tokens of `line`, as sacreBLEU's tokenized line split on white space.
    public func tokenize(_ line: some Collection<Unicode.Scalar>) -> [String] {
        switch self {
        case .thirteenA: Self.thirteenA(Array(line))
        case .intl: Self.international(Array(line))
        case .zh: Self.chinese(Array(line))
        case .char: line.filter { !PythonText.isSpace($0) }.map { String($0) }
        case .none: PythonText.split(line)
        }
    }

    // MARK: 13a

    private static func thirteenA(_ line: [Unicode.Scalar]) -> [String] {
        var line = PythonText.replace("<skipped>", with: "", in: line)
        line = PythonText.replace("-\n", with: "", in: line)
        line = line.map { $0 == "\n" ? " " : $0 }
        if line.contains("&") { line = unescapeEntities(line) }
        return regexp([" "] + line + [" "])
    }

    /// `&quot;`, `&amp;`, `&lt;`, `&gt;`, replaced one after the other as mteval does.
    static func unescapeEntities(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var line = PythonText.replace("&quot;", with: "\"", in: line)
        line = PythonText.replace("&amp;", with: "&", in: line)
        line = PythonText.replace("&lt;", with: "<", in: line)
        return PythonText.replace("&gt;", with: ">", in: line)
    }

    /// sacreBLEU's `TokenizerRegexp`, shared by `13a` and `zh`.
    private static func regexp(_ line: [Unicode.Scalar]) -> [String] {
        PythonText.split(splitPeriodsCommasAndDashes(PythonText.spaceAround(line, where: isMtevalPunctuation)))
    }

    /// mteval's `[\{-\~\[-\` -\&\(-\+\:-\@\/]`: ASCII punctuation except `'`, `-`, `.` and `,`.
    static func isMtevalPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7B...0x7E, 0x5B...0x60, 0x20...0x26, 0x28...0x2B, 0x3A...0x40, 0x2F: true
        default: false
        }
    }

    /// mteval's rules for `.` and `,` next to non-digits and `-` after a digit.
    static func splitPeriodsCommasAndDashes(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let isPeriodOrComma: (Unicode.Scalar) -> Bool = { $0 == "." || $0 == "," }
        let isNotDigit: (Unicode.Scalar) -> Bool = { !PythonText.isDigit($0) }
        var line = PythonText.substitutePairs(line, first: isNotDigit, second: isPeriodOrComma, spaceBefore: false)
        line = PythonText.substitutePairs(line, first: isPeriodOrComma, second: isNotDigit, spaceBefore: true)
        return PythonText.substitutePairs(line, first: PythonText.isDigit, second: { $0 == "-" }, spaceBefore: false)
    }

    // MARK: intl

    private static func international(_ line: [Unicode.Scalar]) -> [String] {
        var line = PythonText.substitutePairs(line, first: { !isNumber($0) }, second: isPunctuation, spaceBefore: false)
        line = PythonText.substitutePairs(line, first: isPunctuation, second: { !isNumber($0) }, spaceBefore: true)
        return PythonText.split(PythonText.spaceAround(line, where: isSymbol))
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    private static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
        default: false
        }
    }

    // MARK: zh

    private static func chinese(_ line: [Unicode.Scalar]) -> [String] {
        regexp(PythonText.spaceAround(Array(PythonText.strip(line[...])), where: isChineseCharacter))
    }

    /// sacreBLEU's `_UCODE_RANGES`. Two of its ranges are written as five-digit `\u` escapes,
    /// which Python reads as a four-digit escape plus a digit; the string comparison then makes
    /// them U+2001–U+2A6D and U+2F81–U+2FA1, and drift follows sacreBLEU.
    private static let chineseRanges: [ClosedRange<UInt32>] = [
        0x3400...0x4DB5, 0x4E00...0x9FA5, 0x9FA6...0x9FBB, 0xF900...0xFA2D, 0xFA30...0xFA6A, 0xFA70...0xFAD9,
        0x2001...0x2A6D, 0x2F81...0x2FA1, 0xFF00...0xFFEF, 0x2E80...0x2EFF, 0x3000...0x303F, 0x31C0...0x31EF,
        0x2F00...0x2FDF, 0x2FF0...0x2FFF, 0x3100...0x312F, 0x31A0...0x31BF, 0xFE10...0xFE1F, 0xFE30...0xFE4F,
        0x2600...0x26FF, 0x2700...0x27BF, 0x3200...0x32FF, 0x3300...0x33FF,
    ]

    private static func isChineseCharacter(_ scalar: Unicode.Scalar) -> Bool {
        chineseRanges.contains { $0.contains(scalar.value) }
    }
}
