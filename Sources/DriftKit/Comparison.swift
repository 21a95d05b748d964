public import DriftAlign
public import DriftChecks
public import DriftText

/// The pipeline that compares versions with a reference: leave out web page furniture, align
/// the sentences, judge every link, judge the whole version, run the checks.
///
/// A comparison holds ICU and Snowball objects and is not thread-safe: one per worker. The
/// WordNet database may be shared.
public final class Comparison {
    private let aligner: Aligner
    private let judge: PairJudge
    private let checker: Checker
    /// Groups the sentences of three or more versions for `ConsensusCheck`; made when first needed.
    private var collator: Collator?
    /// The documents' language: its stemmer, its lexicon, and WordNet for English alone.
    public let language: Language
    private var lexicon: Lexicon { language.lexicon }
    /// Required renderings of terms, for the glossary check.
    public var glossary: Glossary?
    /// The references prepared last, most recent last: a batch that compares many versions
    /// with one reference segments and checks it once.
    private var recentReferences: [PreparedReference] = []
    /// How many prepared references are kept.
    private static let recentReferenceLimit = 4

    /// Creates a comparison.
    ///
    /// - Parameters:
    ///   - options: The alignment search's costs and limits.
    ///   - language: The documents' language: a BCP 47 code (`fr`), an English name or a Snowball
    ///     stemmer's name (`french`).
    ///   - wordNet: The synonym database, or nil to match stems and names only.
    ///   - embedder: Sentence embeddings for alignment and judgement, or nil for words alone.
    ///   - glossary: Required renderings of terms, or nil.
    /// - Throws: `TextError` when ICU or the stemmer cannot be opened.
    public init(
        options: AlignmentOptions = AlignmentOptions(), language: String = "english", wordNet: WordNet?,
        embedder: SentenceEmbedder? = nil, glossary: Glossary? = nil
    ) throws(TextError) {
        guard let language = Language.named(language) else {
            throw .unknownStemmerLanguage(language, available: Stemmer.availableLanguages)
        }
        aligner = try Aligner(options: options, language: language.stemmerName, embedder: embedder)
        self.language = language
        judge = try PairJudge(wordNet: wordNet, embedder: embedder, language: language)
        checker = Checker()
        self.glossary = glossary
    }

    /// Whether sentence embeddings inform the comparison.
    public var usesEmbeddings: Bool { aligner.embedder != nil }

    /// A reference prepared for comparison, with what is computed from it alone.
    private struct PreparedReference {
        var string: String
        var glossary: Glossary?
        var prepared: Article
        var context: Set<String>
        var findings: [Finding]
        /// The sentence pairs judged against it so far.
        var judgements = JudgementMemo()
    }

    /// The reference prepared, from the recent ones when it is among them.
    private func prepareReference(_ text: Text) -> PreparedReference {
        if let index = recentReferences.lastIndex(where: { $0.string == text.string && $0.glossary == glossary }) {
            let found = recentReferences.remove(at: index)
            recentReferences.append(found)
            return found
        }
        let prepared = prepare(text)
        let reference = PreparedReference(
            string: text.string, glossary: glossary, prepared: prepared, context: judge.vocabulary(of: text.string),
            findings: Checker(referenceFree: true).findings(
                in: CheckContext(document: prepared.checked, glossary: glossary, lexicon: lexicon)))
        recentReferences.append(reference)
        if recentReferences.count > Self.recentReferenceLimit { recentReferences.removeFirst() }
        return reference
    }

    private func prepare(_ text: Text) -> Article {
        Article(text, analyzer: aligner.documentAnalyzer)
    }

    /// Compares each version with the reference, in the order given; the reference is
    /// segmented once (and kept for the next calls with the same reference), and every other
    /// version (each distinct text once) is a witness for the checks of each. The reference
    /// gets the checks that need no reference.
    public func compare(reference: Document, versions: [Document]) -> ComparisonReport {
        let preparedReference = prepareReference(reference.text)
        let prepared = preparedReference.prepared
        let context = preparedReference.context
        let memo = preparedReference.judgements
        let versionsPrepared = versions.map { prepare($0.text) }
        let alignments = versionsPrepared.map { aligner.align(reference: prepared.text, version: $0.text) }
        // Witnesses are the other versions, each text once: a copy is not a second witness, and
        // a copy of this version would only agree with it.
        var firstIndex: [String: Int] = [:]
        var firstOfText: [Int] = []
        for (index, version) in versions.enumerated() {
            let first = firstIndex[version.text.string, default: index]
            firstIndex[version.text.string] = first
            firstOfText.append(first)
        }
        let distinct = versions.indices.filter { firstOfText[$0] == $0 }
        let witnesses = versions.indices.map { index in distinct.filter { firstOfText[$0] != firstOfText[index] } }
        let collation = collate(
            reference, prepared, versions, versionsPrepared, alignments: alignments, witnesses: witnesses)
        let consensus: [[Finding]] = versions.indices.map { index in
            collation.map { collation in
                let documents = Dictionary(uniqueKeysWithValues: witnesses[index].enumerated().map { ($1 + 1, $0) })
                return ConsensusCheck.findings(
                    of: index + 1, in: collation, witnesses: documents, lexicon: lexicon)
            } ?? []
        }
        let compared = versions.indices.map { index in
            let others = witnesses[index]
            var comparison = compare(
                prepared, versions[index].path, versionsPrepared[index], alignment: alignments[index],
                witnesses: others.map { versionsPrepared[$0].checked }, context: context, memo: memo,
                consensus: consensus[index])
            comparison.witnesses = others.map { versions[$0] }
            return comparison
        }
        return ComparisonReport(
            reference: reference, referenceFindings: preparedReference.findings,
            referenceBoilerplate: prepared.boilerplate,
            versions: compared, embeddings: usesEmbeddings, language: language, collation: collation)
    }

    /// The reference and the versions collated around it, for the consensus check: nil unless
    /// some version has at least two other versions (`witnesses`) that can agree.
    private func collate(
        _ reference: Document, _ prepared: Article, _ versions: [Document], _ versionsPrepared: [Article],
        alignments: [Alignment], witnesses: [[Int]]
    ) -> Collation? {
        guard witnesses.contains(where: { $0.count >= 2 }) else { return nil }
        if collator == nil { collator = try? Collator(options: aligner.options, language: language.stemmerName) }
        guard let collator else { return nil }
        let texts = [prepared.text] + versionsPrepared.map(\.text)
        return collator.collate(
            paths: [reference.path] + versions.map(\.path), texts: texts,
            features: texts.map(aligner.documentAnalyzer.features(of:)), pivot: 0, alignments: [nil] + alignments)
    }

    /// Compares one version with the reference.
    public func compare(reference: Document, version: Document) -> VersionComparison {
        compare(reference: reference, versions: [version]).versions[0]
    }

    /// `context` is the reference's vocabulary, computed once for all versions, and `memo` the
    /// pairs judged against it.
    private func compare(
        _ reference: Article, _ path: String, _ version: Article, alignment: Alignment, witnesses: [CheckedText],
        context: Set<String>, memo: JudgementMemo, consensus: [Finding]
    ) -> VersionComparison {
        // The cosines the alignment left to the judge, encoded in one batch across the cores
        // rather than a pair at a time.
        let unmeasured = alignment.links.indices.filter {
            ![.omitted, .added].contains(alignment.links[$0].type) && alignment.links[$0].similarity?.cosine == nil
        }
        var cosines: [Int: Double] = [:]
        if let embedder = judge.embedder, !unmeasured.isEmpty {
            let measured = embedder.cosines(unmeasured.map { texts(of: alignment.links[$0], in: alignment) })
            cosines = Dictionary(uniqueKeysWithValues: zip(unmeasured, measured))
        }
        let links = alignment.links.indices.map {
            judged(alignment.links[$0], in: alignment, cosine: cosines[$0], context: context, memo: memo)
        }
        let findings =
            (checker.findings(
                in: CheckContext(
                    document: version.checked, reference: reference.checked, alignment: alignment, witnesses: witnesses,
                    glossary: glossary, lexicon: lexicon)) + consensus).sorted(by: Finding.mqmOrder)
        let words = version.text.tokens.count { $0.kind == .word || $0.kind == .number }
        return VersionComparison(
            path: path, alignment: alignment, links: links,
            judgement: DocumentJudge.judgement(of: links, findings: findings, words: words),
            findings: findings,
            boilerplate: version.boilerplate, witnesses: [])
    }

    /// The reference and version texts of a link, its sentences joined by spaces.
    private func texts(of link: Link, in alignment: Alignment) -> (String, String) {
        (
            link.reference.map(alignment.reference.string(ofSentence:)).joined(separator: " "),
            link.version.map(alignment.version.string(ofSentence:)).joined(separator: " ")
        )
    }

    /// `cosine` is the link's when the alignment did not measure it.
    private func judged(
        _ link: Link, in alignment: Alignment, cosine: Double?, context: Set<String>, memo: JudgementMemo
    ) -> JudgedLink {
        let (referenceText, versionText) = texts(of: link, in: alignment)
        switch link.type {
        case .omitted:
            return JudgedLink(
                link: link, label: .omitted, drift: 1, evidence: [],
                referenceWords: judge.contentWords(in: referenceText),
                versionWords: 0, kept: 0, decided: false)
        case .added:
            // An added sentence has no reference to be judged against, but it can still be broken.
            let cues = judge.garbleCues(in: versionText)
            return JudgedLink(
                link: link, label: cues.isEmpty ? .added : .garbled, drift: 1,
                evidence: cues.map { .repeated(word: $0) }, referenceWords: 0,
                versionWords: judge.contentWords(in: versionText), kept: 0, decided: !cues.isEmpty)
        default:
            let cosine = link.similarity?.cosine ?? cosine
            let judgement = memo.judgement(of: .init(reference: referenceText, candidate: versionText, cosine: cosine))
            {
                judge.judge(reference: referenceText, candidate: versionText, cosine: cosine, context: context)
            }
            return JudgedLink(
                link: link, label: link.type == .moved ? .moved : judgement.label, drift: judgement.drift,
                evidence: judgement.evidence, referenceWords: judgement.referenceWords,
                versionWords: judgement.candidateWords,
                kept: 1 - judgement.features.referenceLoss, decided: judgement.decided)
        }
    }
}
