/// Splits text into tokens with ICU's word breaks (`ubrk_open(UBRK_WORD)`).
///
/// ICU's rule status tells words (letters, kana, ideographs) from numbers; the remaining
/// segments are classified by their first scalar's Unicode general category, and white space is
/// dropped. A word or number never starts or ends with white space: ICU's rules join U+202F
/// NARROW NO-BREAK SPACE to letters and digits (it is `ExtendNumLet`), so French
/// "«\u{202F}mot\u{202F}»" would give the word "\u{202F}mot\u{202F}"; such spaces are trimmed,
/// and kept only inside ("10\u{202F}000").
///
/// A tokenizer holds an ICU break iterator and is not thread-safe: one per worker.
public final class Tokenizer {
    private let iterator: ICUBreakIterator

    /// Creates a tokenizer.
    ///
    /// - Parameter locale: The ICU locale of the word rules.
    /// - Throws: `TextError.icu` when ICU cannot open the rules.
    public init(locale: String = "en") throws(TextError) {
        do {
            iterator = try ICUBreakIterator(.word, locale: locale)
        } catch {
            throw error.textError("open the word break iterator for '\(locale)'")
        }
    }

    /// The tokens of `text`, in order.
    public func tokens(in text: Text) -> [Token] {
        tokens(in: text, range: 0..<text.count)
    }

    /// The tokens inside a scalar range of `text` (a sentence, say), with offsets into `text`.
    public func tokens(in text: Text, range: Range<Int>) -> [Token] {
        let base = text.utf16Offset(ofScalar: range.lowerBound)
        let units = Array(text.utf16Units(of: range))
        var tokens: [Token] = []
        var start = range.lowerBound
        for boundary in iterator.boundaries(of: units) {
            let end = text.scalarOffset(ofUTF16: base + boundary.offset)
            var first = start
            var last = end
            while first < last && text.scalars[first].isSpace { first += 1 }
            while last > first && text.scalars[last - 1].isSpace { last -= 1 }
            if first < last, let kind = Self.kind(ruleStatus: boundary.ruleStatus, first: text.scalars[first]) {
                tokens.append(Token(kind: kind, range: first..<last))
            }
            start = end
        }
        return tokens
    }

    /// The kind of a segment from ICU's rule status (`UBRK_WORD_NONE` 0–99, `NUMBER` 100–199,
    /// `LETTER` 200–299, `KANA` 300–399, `IDEO` 400–499), or nil for white space.
    private static func kind(ruleStatus: Int32, first: Unicode.Scalar) -> TokenKind? {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<500: return .word
        default:
            if first.isSpace { return nil }
            switch first.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return .punctuation
            default:
                return .symbol
            }
        }
    }
}
