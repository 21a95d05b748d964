public import DriftText

/// The sentence alignment of a version to a reference.
///
/// Every sentence of both texts is in exactly one link. Links come in reference order; links
/// other than `moved` are monotonic on both sides, and an `added` link sits where its sentence
/// sits in the version.
public struct Alignment: Sendable {
    /// The reference, segmented.
    public let reference: SegmentedText
    /// The version, segmented.
    public let version: SegmentedText
    /// The links, in reading order of the reference.
    public let links: [Link]

    public init(reference: SegmentedText, version: SegmentedText, links: [Link]) {
        self.reference = reference
        self.version = version
        self.links = links
    }

    /// How many links there are of each type.
    public var typeCounts: [LinkType: Int] {
        links.reduce(into: [:]) { $0[$1.type, default: 0] += 1 }
    }
}
