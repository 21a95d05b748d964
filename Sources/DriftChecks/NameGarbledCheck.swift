import DriftAlign

/// Flags a name in the version that is close to, but not the same as, the name the aligned
/// reference sentence uses: "Amber province" for "Anbar province".
///
/// The word diff pairs the two names (`TokenRelation.spelling` or `.name`). A name that the
/// reference or another version uses elsewhere is a legitimate variant and is not flagged. A
/// transliteration (the same consonant skeleton, "Mohammad"/"Mohammed") is minor; another word
/// of close spelling is major, since it names another place or person.
public struct NameGarbledCheck: Check {
    public let id = CheckID.nameGarbled
    public let needsReference = true

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let reference = context.reference, let alignment = context.alignment else { return [] }
        let document = context.document
        var known = Self.vocabulary(of: reference)
        for witness in context.witnesses { known.formUnion(Self.vocabulary(of: witness)) }
        let versionIndex = TokenIndex(document)
        let referenceIndex = TokenIndex(reference)
        var findings: [Finding] = []
        for link in alignment.links {
            for operation in link.diff where operation.kind == .substituted && (operation.relation == .spelling || operation.relation == .name) {
                guard let versionSpan = operation.version, let referenceSpan = operation.reference else { continue }
                let versionTokens = versionIndex.words(in: versionSpan)
                let referenceTokens = referenceIndex.words(in: referenceSpan)
                guard versionTokens.count == referenceTokens.count else { continue }
                for (v, r) in zip(versionTokens, referenceTokens) {
                    let name = document.features[v]
                    let original = reference.features[r]
                    guard name.isCapitalized, original.isCapitalized, name.folded != original.folded,
                          !versionIndex.startsSentence(v), !known.contains(name.folded) else { continue }
                    let variant = name.nameSkeleton == original.nameSkeleton
                    findings.append(Finding(
                        check: id, category: variant ? .spelling : .mistranslation, severity: variant ? .minor : .major,
                        span: document.segmented.tokens[v].range, referenceSpan: reference.segmented.tokens[r].range,
                        message: variant
                            ? "“\(name.text)” is spelt “\(original.text)” in the reference"
                            : "“\(name.text)” looks like a garbled “\(original.text)”, the name in the reference",
                        suggestion: original.text))
                }
            }
        }
        return findings
    }

    /// The case-folded words of a document.
    private static func vocabulary(of text: CheckedText) -> Set<String> {
        Set(text.features.lazy.filter { $0.kind == .word }.map(\.folded))
    }
}
