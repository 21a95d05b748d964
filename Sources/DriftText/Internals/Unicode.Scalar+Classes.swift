extension Unicode.Scalar {
    /// White space by the Unicode `White_Space` property (includes NBSP and the line separators).
    var isSpace: Bool { properties.isWhitespace }

    /// A character that ends a line: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    var isLetter: Bool { properties.isAlphabetic && !isDigit }

    var isLowercaseLetter: Bool { properties.generalCategory == .lowercaseLetter }

    var isUppercaseLetter: Bool {
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    var isDigit: Bool { properties.generalCategory == .decimalNumber }

    var isLetterOrDigit: Bool { isLetter || isDigit }

    /// A closing quotation mark or bracket that may follow a sentence terminator.
    var isCloser: Bool {
        switch properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return self == "\"" || self == "'" || self == "’" || self == "”" || self == "»"
        }
    }

    /// An opening quotation mark or bracket, by general category `Ps` or `Pi`: `(` `“` `「` `『` `《`.
    var isOpener: Bool {
        switch properties.generalCategory {
        case .openPunctuation, .initialPunctuation: true
        default: false
        }
    }

    /// A dash: hyphen-minus, en dash, em dash and the other `Pd` characters.
    var isDash: Bool { properties.generalCategory == .dashPunctuation }
}
