import DriftAlign

/// Flags a name in the version that is close to, but not the same as, the name the aligned
/// reference sentence uses: "Amber province" for "Anbar province".
///
/// The word diff pairs the two names (`TokenRelation.spelling` or `.name`). A name that the
/// reference or another version uses elsewhere is a legitimate variant and is not flagged. A
/// transliteration (the same consonant skeleton, "Mohammad"/"Mohammed") is minor; another word
/// of close spelling (at most two edits) is major, since it names another place or person.
/// Words that only end or start otherwise ("Künstler"/"Künstlerin", "Nutzung"/"Nutzen",
/// "Nutzers"/"Benutzers": one a prefix or suffix of the other, or four letters or more in
/// common at the start) are inflections, derivations or compounds, which matters where every
/// noun has a capital (German).
public struct NameGarbledCheck: Check {
    public let id = CheckID.nameGarbled
    public let needsReference = true

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let reference = context.reference, let alignment = context.alignment else { return [] }
        let document = context.document
        let known = [reference.vocabulary] + context.witnesses.map(\.vocabulary)
        let versionIndex = TokenIndex(document)
        let referenceIndex = TokenIndex(reference)
        var findings: [Finding] = []
        for link in alignment.links {
            for operation in link.diff
            where operation.kind == .substituted && (operation.relation == .spelling || operation.relation == .name) {
                guard let versionSpan = operation.version, let referenceSpan = operation.reference else { continue }
                let versionTokens = versionIndex.words(in: versionSpan)
                let referenceTokens = referenceIndex.words(in: referenceSpan)
                guard versionTokens.count == referenceTokens.count else { continue }
                for (v, r) in zip(versionTokens, referenceTokens) {
                    let name = document.features[v]
                    let original = reference.features[r]
                    guard name.isCapitalized, original.isCapitalized, name.folded != original.folded,
                        !versionIndex.startsSentence(v), !known.contains(where: { $0.contains(name.folded) })
                    else { continue }
                    let variant = name.nameSkeleton == original.nameSkeleton
                    guard variant || Self.isGarble(name.folded, original.folded) else { continue }
                    findings.append(
                        Finding(
                            check: id, category: variant ? .spelling : .mistranslation,
                            severity: variant ? .minor : .major,
                            span: document.segmented.tokens[v].range,
                            referenceSpan: reference.segmented.tokens[r].range,
                            message: variant
                                ? "“\(name.text)” is spelt “\(original.text)” in the reference"
                                : "“\(name.text)” looks like a garbled “\(original.text)”, the name in the reference",
                            suggestion: original.text))
                }
            }
        }
        return findings
    }

    /// Whether two words of close spelling differ as a garbled name does, not only in their
    /// ending.
    static func isGarble(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        let common = zip(x, y).prefix { $0 == $1 }.count
        return common < 4 && common < min(x.count, y.count) && !a.hasSuffix(b) && !b.hasSuffix(a)
            && WordDiffer.editDistance(x, y) <= 2
    }
}
