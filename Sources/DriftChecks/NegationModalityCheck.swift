import DriftText

/// Flags an aligned sentence whose negation or modality differs from the reference's: "not"
/// or "never" added or dropped, or a plain fact turned into an expectation, a possibility, a
/// condition or a report ("resigned" → "is expected to resign", "could stage" → "will carry
/// out"), or the other way round (`MeaningMarkers`). Either changes what the sentence claims.
///
/// Summaries and paraphrases drop whole clauses, so the check asks for evidence that the same
/// claim is there: a negation counts only when the word it governs (the next content word,
/// "not *authorized*") is on the other side too, and a change of modality only in a one-to-one
/// link whose similarity is at least 0.4.
public struct NegationModalityCheck: Check {
    public let id = CheckID.negationModality
    public let needsReference = true

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let reference = context.reference else { return [] }
        let document = context.document
        let lexicon = context.lexicon
        let modalVerbs = Self.modalVerbs(of: lexicon)
        var findings: [Finding] = []
        for linked in LinkedWords.all(in: context) {
            let (link, versionSpan, referenceSpan) = (linked.link, linked.versionSpan, linked.referenceSpan)
            let versionWords = linked.version.map { ($0, Normalizer.caseFold(document.features[$0].text)) }
            let referenceWords = linked.reference.map { ($0, Normalizer.caseFold(reference.features[$0].text)) }
            let versionNegations = versionWords.filter { lexicon.isNegation($0.1) }
            let referenceNegations = referenceWords.filter { lexicon.isNegation($0.1) }
            if versionNegations.isEmpty != referenceNegations.isEmpty {
                let added = referenceNegations.isEmpty
                let (negated, negating, other, otherWords) =
                    added
                    ? (versionNegations[0].0, document, reference, referenceWords)
                    : (referenceNegations[0].0, reference, document, versionWords)
                guard let governed = Self.governedStem(after: negated, in: negating, lexicon: lexicon),
                    otherWords.contains(where: { other.features[$0.0].stem == governed })
                else { continue }
                findings.append(
                    Finding(
                        check: id, category: .mistranslation, severity: .major,
                        span: added ? document.segmented.tokens[versionNegations[0].0].range : versionSpan,
                        referenceSpan: added
                            ? referenceSpan : reference.segmented.tokens[referenceNegations[0].0].range,
                        message: added
                            ? "“\(Self.words(versionNegations, document))” negates what the reference states"
                            : "The reference says “\(Self.words(referenceNegations, reference))”; this sentence drops the negation"
                    ))
            }
            let versionModal = Self.modal(versionWords, lexicon: lexicon)
            let referenceModal = Self.modal(referenceWords, lexicon: lexicon)
            let versionClasses = Set(versionModal.compactMap { lexicon.modality[$0.1] })
            let referenceClasses = Set(referenceModal.compactMap { lexicon.modality[$0.1] })
            guard Self.changes(referenceClasses, versionClasses), link.type == .oneToOne || link.type == .moved,
                (link.similarity?.value ?? 0) >= 0.4
            else { continue }
            // A side without a hedge may still have a modal verb of its own ("will", "must").
            let versionNamed =
                versionModal.isEmpty ? versionWords.filter { modalVerbs.contains($0.1) } : versionModal
            let referenceNamed =
                referenceModal.isEmpty ? referenceWords.filter { modalVerbs.contains($0.1) } : referenceModal
            let described = { (words: [(Int, String)], text: CheckedText) in
                words.isEmpty
                    ? "a plain statement" : "“" + words.map { text.features[$0.0].text }.joined(separator: " … ") + "”"
            }
            findings.append(
                Finding(
                    check: id, category: .mistranslation, severity: .major,
                    span: versionNamed.first.map { document.segmented.tokens[$0.0].range } ?? versionSpan,
                    referenceSpan: referenceNamed.first.map { reference.segmented.tokens[$0.0].range } ?? referenceSpan,
                    message:
                        "Modality changed: \(described(versionNamed, document)) where the reference has \(described(referenceNamed, reference))"
                ))
        }
        return findings
    }

    /// The stem of the first word after `token` in its sentence that is not another negation,
    /// an auxiliary or an article: what the negation denies.
    private static func governedStem(after token: Int, in text: CheckedText, lexicon: Lexicon) -> String? {
        guard let sentence = text.segmented.sentenceTokens.first(where: { $0.contains(token) }) else { return nil }
        let skipped = lexicon.language == "en" ? Self.skipped : lexicon.functionWords
        for index in (token + 1)..<sentence.upperBound where text.features[index].kind == .word {
            let word = Normalizer.caseFold(text.features[index].text)
            if lexicon.isNegation(word) || skipped.contains(word) { continue }
            return text.features[index].stem
        }
        return nil
    }

    /// Modal verbs and future auxiliaries that `Lexicon.modality` gives no class of their own
    /// ("will", "can", "must"): a sentence with one is not a plain statement.
    private static func modalVerbs(of lexicon: Lexicon) -> Set<String> {
        lexicon.modalVerbs.union(lexicon.futureAuxiliaries).union(lexicon.contextualModality.keys)
            .subtracting(["to", "let"])
    }

    /// The words of a side's negation, in order: "not", "ne … pas".
    private static func words(_ negations: [(Int, String)], _ text: CheckedText) -> String {
        negations.map { text.features[$0.0].text }.joined(separator: " … ")
    }

    /// Words between an English negation and what it denies: "not *be* authorized", "no *more*
    /// than". Other languages skip their function words.
    private static let skipped: Set<String> = [
        "a", "an", "the", "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did",
        "to", "yet", "longer", "only", "even", "ever", "so", "very", "more", "one",
    ]

    /// The words of a sentence with a modality, less the conditionals of reported speech ("said
    /// the talks would continue").
    private static func modal(_ words: [(Int, String)], lexicon: Lexicon) -> [(Int, String)] {
        let reported = lexicon.reportsSpeech(words.lazy.map(\.1))
        return words.filter { lexicon.hedge($0.1, inReportedSpeech: reported) != nil }
    }

    /// Whether two sentences' classes of modality make different claims. A conditional or a
    /// possibility added beside one the other sentence shares is the mood of a hypothetical
    /// said twice ("wäre … vielleicht" for "wäre", "würden … könnten" for "könnten"), not a
    /// new claim; a hedge of another class ("reportedly") or a modal where the other sentence
    /// has none or another is.
    public static func changes(_ reference: Set<String>, _ version: Set<String>) -> Bool {
        guard reference != version else { return false }
        guard !reference.isDisjoint(with: version) else { return true }
        return !reference.symmetricDifference(version).isSubset(of: moods)
    }

    /// The classes of the mood of a hypothetical: German Konjunktiv II ("würde", "wäre",
    /// "könnte"), English "would" and "could".
    private static let moods: Set<String> = [Lexicon.condition, "possibility"]
}
