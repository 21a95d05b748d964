public import DriftAlign
public import DriftText

/// The pipeline that compares versions with a reference: align the sentences, judge every
/// link, judge the whole version.
///
/// A comparison holds ICU and Snowball objects and is not thread-safe: one per worker. The
/// WordNet database may be shared.
public final class Comparison {
    private let aligner: Aligner
    private let judge: PairJudge

    /// Creates a comparison.
    ///
    /// - Parameters:
    ///   - options: The alignment search's costs and limits.
    ///   - language: The Snowball stemmer's language.
    ///   - wordNet: The synonym database, or nil to match stems and names only.
    ///   - embedder: Sentence embeddings for alignment and judgement, or nil for words alone.
    public init(
        options: AlignmentOptions = AlignmentOptions(), language: String = "english", wordNet: WordNet?, embedder: SentenceEmbedder? = nil
    ) throws(TextError) {
        aligner = try Aligner(options: options, language: language, embedder: embedder)
        judge = try PairJudge(wordNet: wordNet, embedder: embedder)
    }

    /// Whether sentence embeddings inform the comparison.
    public var usesEmbeddings: Bool { aligner.embedder != nil }

    /// Compares each version with the reference, in the order given; the reference is
    /// segmented once.
    public func compare(reference: Document, versions: [Document]) -> [VersionComparison] {
        let segmented = aligner.segment(reference.text)
        let context = judge.vocabulary(of: reference.text.string)
        return versions.map { compare(reference: segmented, version: $0, context: context) }
    }

    /// Compares one version with a reference already segmented.
    public func compare(reference: SegmentedText, version: Document) -> VersionComparison {
        compare(reference: reference, version: version, context: judge.vocabulary(of: reference.text.string))
    }

    /// `context` is the reference's vocabulary, computed once for all versions.
    private func compare(reference: SegmentedText, version: Document, context: Set<String>) -> VersionComparison {
        let alignment = aligner.align(reference: reference, version: aligner.segment(version.text))
        let links = alignment.links.map { judged($0, in: alignment, context: context) }
        return VersionComparison(path: version.path, alignment: alignment, links: links, judgement: DocumentJudge.judgement(of: links))
    }

    private func judged(_ link: Link, in alignment: Alignment, context: Set<String>) -> JudgedLink {
        let referenceText = link.reference.map(alignment.reference.string(ofSentence:)).joined(separator: " ")
        let versionText = link.version.map(alignment.version.string(ofSentence:)).joined(separator: " ")
        switch link.type {
        case .omitted:
            return JudgedLink(
                link: link, label: .omitted, drift: 1, evidence: [], referenceWords: judge.contentWords(in: referenceText),
                versionWords: 0, kept: 0)
        case .added:
            // An added sentence has no reference to be judged against, but it can still be broken.
            let cues = judge.garbleCues(in: versionText)
            return JudgedLink(
                link: link, label: cues.isEmpty ? .added : .garbled, drift: 1,
                evidence: cues.isEmpty ? [] : ["repeated: " + cues.joined(separator: ", ")], referenceWords: 0,
                versionWords: judge.contentWords(in: versionText), kept: 0)
        default:
            let judgement = judge.judge(reference: referenceText, candidate: versionText, cosine: link.similarity?.cosine, context: context)
            return JudgedLink(
                link: link, label: link.type == .moved ? .moved : judgement.label, drift: judgement.drift,
                evidence: judgement.evidence, referenceWords: judgement.referenceWords, versionWords: judgement.candidateWords,
                kept: 1 - judgement.features.referenceLoss)
        }
    }
}
