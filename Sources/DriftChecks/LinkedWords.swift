import DriftAlign

/// A link of the alignment whose both sides have sentences, with the word and number tokens
/// of each side: what the checks that compare sentence by sentence read.
struct LinkedWords {
    /// The link.
    var link: Link
    /// The version's span of the link.
    var versionSpan: Range<Int>
    /// The reference's span of the link.
    var referenceSpan: Range<Int>
    /// The version's word and number tokens, in `CheckContext.document`.
    var version: [Int]
    /// The reference's word and number tokens, in `CheckContext.reference`.
    var reference: [Int]

    /// The links of a context with both sides, or none without a reference and an alignment.
    static func all(in context: CheckContext) -> [LinkedWords] {
        guard let reference = context.reference, let alignment = context.alignment else { return [] }
        let versionIndex = TokenIndex(context.document)
        let referenceIndex = TokenIndex(reference)
        return alignment.links.compactMap { link in
            guard let versionSpan = link.versionSpan, let referenceSpan = link.referenceSpan else { return nil }
            return LinkedWords(
                link: link, versionSpan: versionSpan, referenceSpan: referenceSpan,
                version: versionIndex.words(in: versionSpan),
                reference: referenceIndex.words(in: referenceSpan))
        }
    }
}
