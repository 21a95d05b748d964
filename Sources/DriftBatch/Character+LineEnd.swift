extension Character {
    /// Whether the character ends a line: LF, or CRLF (one character in Swift).
    var isLineEnd: Bool { self == "\n" || self == "\r\n" }
}
