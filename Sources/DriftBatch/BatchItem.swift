public import DriftRecords

/// One comparison of a batch: a reference and the versions compared with it, read from a
/// manifest's row, a story's folder or a line of standard input.
public struct BatchItem: Sendable, Equatable {
    /// The id the input gave it, echoed in its record.
    public var id: JSONValue
    public var reference: BatchText
    /// One version, or several (from a `versions` member) compared together.
    public var versions: [BatchText]
    /// A glossary for the glossary check.
    public var glossary: BatchText?
    /// The stemmer's language; nil for the batch's.
    public var language: String?
    /// The input line it came from, counting from 1; nil for a story's folder.
    public var line: Int?

    public init(
        id: JSONValue, reference: BatchText, versions: [BatchText], glossary: BatchText? = nil,
        language: String? = nil, line: Int? = nil
    ) {
        self.id = id
        self.reference = reference
        self.versions = versions
        self.glossary = glossary
        self.language = language
        self.line = line
    }
}
