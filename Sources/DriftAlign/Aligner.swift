public import DriftText

/// Aligns a version of a text to its reference, sentence by sentence, with a word diff per link.
///
/// 1. Both texts are segmented and every sentence is profiled by its words (`SimilarityModel`).
/// 2. Anchors, 1-1 pairs that are much alike, are found through an inverted index of rare words
///    and chained in order; the search is restricted to a band around them, so the cost grows
///    with the length of the texts, not with its square.
/// 3. A dynamic programme finds the in-order path of 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1
///    links with the largest gain (`AlignmentOptions`). With a `SentenceEmbedder`, only the
///    sentences where the meaning could overturn that path are then embedded: those of the
///    links that would beat the path's own if their embeddings' cosine reached
///    `AlignmentOptions.ceilingCosine` (embeddings only raise a similarity). The search runs
///    again with them; the other links keep their lexical similarity, without a cosine.
/// 4. Omitted reference sentences and added version sentences that are much alike are paired
///    as `moved`.
/// 5. Each link gets its similarity and word diff (`WordDiffer`).
///
/// An aligner holds ICU and Snowball objects and is not thread-safe: create one per worker.
public final class Aligner {
    /// The options of the search.
    public let options: AlignmentOptions
    /// Segments and tokenizes the texts, as the aligner reads them.
    public let documentAnalyzer: DocumentAnalyzer
    private let builder: ProfileBuilder
    /// The sentence embeddings blended into the similarity, or nil for words alone.
    public let embedder: SentenceEmbedder?

    /// Creates an aligner.
    ///
    /// - Parameters:
    ///   - options: Costs and limits of the search.
    ///   - language: The Snowball stemmer's language.
    ///   - embedder: Sentence embeddings to blend into the similarity, or nil for words alone.
    /// - Throws: `TextError` when ICU or the stemmer cannot be loaded.
    public init(
        options: AlignmentOptions = AlignmentOptions(), language: String = "english", embedder: SentenceEmbedder? = nil
    ) throws(TextError) {
        var options = options
        options.similarity.cosineScale = embedder?.scale ?? .identity
        self.options = options
        self.embedder = embedder
        documentAnalyzer = try DocumentAnalyzer(language: language)
        builder = ProfileBuilder(normalizer: try Normalizer(.nfkcCasefold))
    }

    /// The similarity profiles of every sentence of two texts, with word weights drawn from both.
    public func profiles(reference: SegmentedText, version: SegmentedText) -> (
        reference: [SentenceProfile], version: [SentenceProfile]
    ) {
        profiles(reference, documentAnalyzer.features(of: reference), version, documentAnalyzer.features(of: version))
    }

    private func profiles(
        _ reference: SegmentedText, _ referenceTokens: [TokenFeatures], _ version: SegmentedText,
        _ versionTokens: [TokenFeatures]
    ) -> (reference: [SentenceProfile], version: [SentenceProfile]) {
        var (referenceProfiles, versionProfiles) = builder.profiles(reference, referenceTokens, version, versionTokens)
        if let embedder {
            embed(
                Array(referenceProfiles.indices), of: reference, into: &referenceProfiles,
                Array(versionProfiles.indices), of: version, into: &versionProfiles, embedder: embedder)
        }
        return (referenceProfiles, versionProfiles)
    }

    /// Sets the embeddings of some sentences of both texts, encoded in one batch.
    private func embed(
        _ referenceSentences: [Int], of reference: SegmentedText, into referenceProfiles: inout [SentenceProfile],
        _ versionSentences: [Int], of version: SegmentedText, into versionProfiles: inout [SentenceProfile],
        embedder: SentenceEmbedder
    ) {
        let vectors = embedder.embed(
            referenceSentences.map(reference.string(ofSentence:)) + versionSentences.map(version.string(ofSentence:)))
        for (offset, index) in referenceSentences.enumerated() { referenceProfiles[index].embedding = vectors[offset] }
        for (offset, index) in versionSentences.enumerated() {
            versionProfiles[index].embedding = vectors[referenceSentences.count + offset]
        }
    }

    /// Aligns `version` to `reference`.
    public func align(reference: Text, version: Text) -> Alignment {
        align(reference: documentAnalyzer.segment(reference), version: documentAnalyzer.segment(version))
    }

    /// Aligns two texts already segmented.
    public func align(reference: SegmentedText, version: SegmentedText) -> Alignment {
        align(
            reference: reference, features: documentAnalyzer.features(of: reference), version: version,
            features: documentAnalyzer.features(of: version))
    }

    /// Aligns two texts already segmented and read (`DocumentAnalyzer.features(of:)`), so that
    /// a text aligned with many others is read once.
    public func align(
        reference: SegmentedText, features referenceTokens: [TokenFeatures], version: SegmentedText,
        features versionTokens: [TokenFeatures]
    ) -> Alignment {
        // Lexically first: the anchors, the band and a path.
        var (referenceProfiles, versionProfiles) = builder.profiles(
            reference, referenceTokens, version, versionTokens)
        let anchors = AnchorFinder(model: options.similarity, threshold: options.anchorThreshold)
            .anchors(reference: referenceProfiles, version: versionProfiles)
        let band = Band(
            rows: referenceProfiles.count, columns: versionProfiles.count, anchors: anchors,
            radius: options.bandRadius, runRadius: options.runRadius, fullSearchCells: options.fullSearchCells)
        var search = PathSearch(
            options: options,
            referenceGroups: SentenceGroups(referenceProfiles, startsParagraph: reference.startsParagraph),
            versionGroups: SentenceGroups(versionProfiles, startsParagraph: version.startsParagraph))
        var path = search.bestPath(band: band)
        // Then the embeddings, only where the words leave the path in doubt; the search runs
        // again with them.
        if let embedder {
            let (referenceDoubts, versionDoubts) = search.contested(
                path, band: band, ceilingCosine: options.ceilingCosine)
            if !referenceDoubts.isEmpty || !versionDoubts.isEmpty {
                embed(
                    referenceDoubts, of: reference, into: &referenceProfiles, versionDoubts, of: version,
                    into: &versionProfiles, embedder: embedder)
                search = PathSearch(
                    options: options,
                    referenceGroups: SentenceGroups(referenceProfiles, startsParagraph: reference.startsParagraph),
                    versionGroups: SentenceGroups(versionProfiles, startsParagraph: version.startsParagraph))
                path = search.bestPath(band: band)
            }
        }
        let steps = pairMoved(path, referenceProfiles, versionProfiles)

        let links = steps.map { step in
            makeLink(
                step, reference, referenceTokens, search.referenceGroups, version, versionTokens, search.versionGroups)
        }
        return Alignment(reference: reference, version: version, links: links)
    }

    /// Replaces omitted and added sentences that match strongly by `moved` steps, best pairs
    /// first, each at its reference position.
    private func pairMoved(
        _ steps: [PathSearch.Step], _ reference: [SentenceProfile], _ version: [SentenceProfile]
    ) -> [PathSearch.Step] {
        let omitted = steps.filter { $0.type == .omitted }.map(\.reference)
        let added = steps.filter { $0.type == .added }.map(\.version)
        guard !omitted.isEmpty, !added.isEmpty else { return steps }
        var pairs: [(reference: Int, version: Int, similarity: Double)] = []
        if omitted.count * added.count <= 100_000 {
            for i in omitted {
                for j in added {
                    let similarity = options.similarity.similarity(reference[i], version[j])
                    if similarity >= options.movedThreshold { pairs.append((i, j, similarity)) }
                }
            }
        } else {
            let addedSet = Set(added)
            let index = CandidateIndex(version)
            for i in omitted {
                for j in index.candidates(for: reference[i]) where addedSet.contains(j) {
                    let similarity = options.similarity.similarity(reference[i], version[j])
                    if similarity >= options.movedThreshold { pairs.append((i, j, similarity)) }
                }
            }
        }
        pairs.sort { ($0.similarity, $1.reference, $1.version) > ($1.similarity, $0.reference, $0.version) }
        var movedVersion: [Int: Int] = [:]
        var takenVersions = Set<Int>()
        for pair in pairs where movedVersion[pair.reference] == nil && !takenVersions.contains(pair.version) {
            movedVersion[pair.reference] = pair.version
            takenVersions.insert(pair.version)
        }
        return steps.compactMap { step in
            switch step.type {
            case .omitted:
                movedVersion[step.reference].map {
                    PathSearch.Step(type: .moved, reference: step.reference, version: $0)
                } ?? step
            case .added:
                takenVersions.contains(step.version) ? nil : step
            default:
                step
            }
        }
    }

    private func makeLink(
        _ step: PathSearch.Step,
        _ reference: SegmentedText, _ referenceTokens: [TokenFeatures], _ referenceGroups: SentenceGroups,
        _ version: SegmentedText, _ versionTokens: [TokenFeatures], _ versionGroups: SentenceGroups
    ) -> Link {
        let (a, b) = step.type.counts
        let referenceSentences = step.reference..<(step.reference + a)
        let versionSentences = step.version..<(step.version + b)
        var similarity: Similarity?
        if a > 0 && b > 0 {
            similarity = options.similarity.compare(
                referenceGroups.profile(step.reference, count: a), versionGroups.profile(step.version, count: b))
        }
        var diff: [DiffOperation] = []
        if options.wordDiff {
            diff = WordDiffer().diff(
                reference: Self.tokens(of: referenceSentences, in: reference, referenceTokens),
                version: Self.tokens(of: versionSentences, in: version, versionTokens))
        }
        return Link(
            type: step.type,
            reference: referenceSentences,
            version: versionSentences,
            referenceSpan: reference.span(ofSentences: referenceSentences),
            versionSpan: version.span(ofSentences: versionSentences),
            similarity: similarity, diff: diff)
    }

    private static func tokens(
        of sentences: Range<Int>, in text: SegmentedText, _ features: [TokenFeatures]
    ) -> [(token: Token, features: TokenFeatures)] {
        guard let first = sentences.first, let last = sentences.last else { return [] }
        let range = text.sentenceTokens[first].lowerBound..<text.sentenceTokens[last].upperBound
        return range.map { (text.tokens[$0], features[$0]) }
    }
}
