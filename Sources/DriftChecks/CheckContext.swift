public import DriftAlign
public import DriftText

/// What a check may look at: the document, and when there is one, the reference it was
/// aligned to and the other versions of the same text.
public struct CheckContext: Sendable {
    /// The document checked.
    public var document: CheckedText
    /// The reference, for the checks that compare.
    public var reference: CheckedText?
    /// The alignment of `document` (as version) to `reference`.
    public var alignment: Alignment?
    /// Other versions of the text, whose agreement settles what the reference lacks.
    public var witnesses: [CheckedText]
    /// Required renderings of terms.
    public var glossary: Glossary?
    /// The document's language, as far as the checks read it.
    public var lexicon: Lexicon

    public init(
        document: CheckedText, reference: CheckedText? = nil, alignment: Alignment? = nil,
        witnesses: [CheckedText] = [],
        glossary: Glossary? = nil, lexicon: Lexicon = .english
    ) {
        self.lexicon = lexicon
        self.document = document
        self.reference = reference
        self.alignment = alignment
        self.witnesses = witnesses
        self.glossary = glossary
    }
}
