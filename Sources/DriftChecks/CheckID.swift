/// Which check made a finding; the raw value is the id in JSON and on the command line.
public enum CheckID: String, Sendable, Hashable, CaseIterable, Codable {
    /// Words inside quotation marks that differ from the quote in the reference or in the other
    /// versions.
    case quoteAltered = "quote-altered"
    /// A name close to, but not the same as, the name the reference uses.
    case nameGarbled = "name-garbled"
    /// A number of the reference sentence replaced by another.
    case numberMismatch = "number-mismatch"
    /// "not"/"never" added or dropped, or a fact turned into a possibility or the reverse.
    case negationModality = "negation-modality"
    /// A name of several words written in lower case: "coordination framework" for
    /// "Coordination Framework".
    case capitalsLost = "capitals-lost"
    /// The same word twice in a row: "the the".
    case duplicatedWord = "duplicated-word"
    /// A run of words repeated over and over, as broken machine translation loops.
    case repetitionLoop = "repetition-loop"
    /// Words in another script than the rest of the text: left untranslated.
    case foreignScript = "foreign-script"
    /// Words run together: "Iraq.The", "killedIn".
    case gluedWords = "glued-words"
    /// Web page furniture in the text: ads, read times, share and comment prompts, stamps.
    case webResidue = "web-residue"
    /// A glossary term rendered otherwise than the glossary requires.
    case glossary
    /// A name spelt two ways within one document: "Jansson" here, "Jansen" there.
    case nameInconsistency = "name-inconsistency"
    /// A number, name or negation that a version gives otherwise than at least two other
    /// versions agree on, in a sentence the reference lacks.
    case consensus
}
