public import DriftAlign

/// An alignment as `drift align --format json` writes it: both documents, the count of links
/// by type and every link; offsets are code points into each file.
public struct AlignmentRecord: Codable, Sendable, Equatable {
    /// A document of an alignment: its path and number of sentences.
    public struct Side: Codable, Sendable, Equatable {
        public var path: String
        public var sentences: Int
    }

    /// Whether sentence embeddings informed the alignment.
    public var embeddings: Bool
    public var reference: Side
    public var version: Side
    /// The number of links of each type, every type present.
    public var summary: [LinkType: Int]
    public var links: [AlignedLinkRecord]

    /// The record of `alignment` between the documents at `referencePath` and `versionPath`.
    public init(_ alignment: Alignment, referencePath: String, versionPath: String, embeddings: Bool) {
        self.embeddings = embeddings
        reference = Side(path: referencePath, sentences: alignment.reference.sentences.count)
        version = Side(path: versionPath, sentences: alignment.version.sentences.count)
        summary = Dictionary(uniqueKeysWithValues: LinkType.allCases.map { ($0, alignment.typeCounts[$0] ?? 0) })
        links = alignment.links.map(AlignedLinkRecord.init)
    }
}
