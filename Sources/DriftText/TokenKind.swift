/// What a token is made of.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    /// Letters, possibly with digits, apostrophes or inner full stops ("don't", "U.S").
    case word
    /// A number, possibly with separators ("3.5", "2,000").
    case number
    /// Punctuation (Unicode categories P*).
    case punctuation
    /// Any other visible character: currency and maths signs, emoji (categories S* and others).
    case symbol
}
