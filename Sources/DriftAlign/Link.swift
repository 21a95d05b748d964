/// One correspondence between reference sentences and version sentences.
public struct Link: Sendable, Hashable {
    /// The shape of the link.
    public var type: LinkType
    /// Indices of the reference sentences in the link (empty for `added`).
    public var reference: Range<Int>
    /// Indices of the version sentences in the link (empty for `omitted`).
    public var version: Range<Int>
    /// Scalar offsets from the start of the first to the end of the last reference sentence.
    public var referenceSpan: Range<Int>?
    /// Scalar offsets from the start of the first to the end of the last version sentence.
    public var versionSpan: Range<Int>?
    /// The similarity of the two sides, 0 for `omitted` and `added`.
    public var similarity: Similarity?
    /// The word diff of the two sides, in reading order.
    public var diff: [DiffOperation]

    /// The similarity value, 0 when one side is empty.
    public var score: Double { similarity?.value ?? 0 }

    public init(
        type: LinkType, reference: Range<Int>, version: Range<Int>,
        referenceSpan: Range<Int>?, versionSpan: Range<Int>?, similarity: Similarity?, diff: [DiffOperation] = []
    ) {
        self.type = type
        self.reference = reference
        self.version = version
        self.referenceSpan = referenceSpan
        self.versionSpan = versionSpan
        self.similarity = similarity
        self.diff = diff
    }
}
