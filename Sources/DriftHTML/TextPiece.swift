/// A run of document text with one set of marks: a word change, web residue, a finding.
struct TextPiece: Equatable, Encodable {
    /// The text, escaped by the template.
    let text: String
    /// `deleted`, `inserted`, `substituted-…` or `typographic` when the words changed; nil for
    /// plain text.
    let change: String?
    /// Whether `change` is a deletion or the reference side of a substitution (`<del>`).
    let deleted: Bool
    /// Whether `change` is an insertion or the version side of a substitution (`<ins>`).
    let inserted: Bool
    /// Whether only the style of quotes or dashes changed (shown on request).
    let typographic: Bool
    /// Whether the text is unchanged.
    let plain: Bool
    /// Why this is web page furniture, when it is.
    let boilerplate: String?
    /// The finding that covers the text, the narrowest (then most serious) if several do.
    let finding: FindingMark?

    /// A piece of `text` with its marks.
    init(
        _ text: String, change: Highlighter.Mark.Change?, boilerplate: String? = nil, finding: FindingMark? = nil
    ) {
        self.text = text
        self.change = change?.rawValue
        deleted = change == .deleted || change == .substitutedReference
        inserted = change == .inserted || change == .substitutedVersion
        typographic = change == .typographic
        plain = change == nil
        self.boilerplate = boilerplate
        self.finding = finding
    }
}
