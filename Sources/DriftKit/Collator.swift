public import DriftAlign
import DriftMetrics
public import DriftText

/// Collates the versions of a story (`Collation`): aligns each to a pivot, groups the sentences
/// that correspond across versions, the pivot's and those it lacks, and finds each group's
/// consensus wording.
///
/// The versions are aligned to the pivot on all cores, each thread with an `Aligner` of its
/// own. A collator holds ICU and Snowball objects and is not thread-safe.
public final class Collator {
    private let aligner: Aligner
    private let language: String
    private let embedder: (any SentenceEmbedder & Sendable)?

    /// Creates a collator.
    ///
    /// - Parameters:
    ///   - options: The alignment search's costs and limits.
    ///   - language: The Snowball stemmer's language.
    ///   - embedder: Sentence embeddings for the alignments, safe to call from several threads,
    ///     or nil for words alone.
    /// - Throws: `TextError` when ICU or the stemmer cannot be opened.
    public init(
        options: AlignmentOptions = AlignmentOptions(), language: String = "english",
        embedder: (any SentenceEmbedder & Sendable)? = nil
    ) throws(TextError) {
        // The links' word diffs are left out: the groups have their own, against the consensus.
        var options = options
        options.wordDiff = false
        aligner = try Aligner(options: options, language: language, embedder: embedder)
        self.language = language
        self.embedder = embedder
    }

    /// Collates `documents` around `pivot` (an index into them), or around the document closest
    /// to all the others when `pivot` is nil.
    public func collate(_ documents: [Document], pivot: Int? = nil) -> Collation {
        let analyzer = aligner.documentAnalyzer
        let texts = documents.map { Article($0.text, analyzer: analyzer).text }
        let features = texts.map(analyzer.features(of:))
        let pivot = pivot ?? Self.closest(features, texts)
        return collate(
            paths: documents.map(\.path), texts: texts, features: features, pivot: pivot,
            alignments: align(texts, features, to: pivot))
    }

    /// Collates documents already read (article texts and their tokens' features) and aligned
    /// to `pivot` (`alignments[pivot]` is nil): what `Comparison` has at hand.
    func collate(
        paths: [String], texts: [SegmentedText], features: [[TokenFeatures]], pivot: Int, alignments: [Alignment?]
    ) -> Collation {
        let memberships = groups(texts, features, pivot: pivot, alignments: alignments)
        // On all cores, in runs of groups, each run with an analyzer of its own.
        let language = language
        let runs = min(ParallelMap.threads * 4, (memberships.count + 15) / 16)
        let grouped = ParallelMap.map(count: runs, minimumBlock: 1) { run -> [CollationGroup]? in
            guard let analyzer = try? DocumentAnalyzer(language: language) else { return nil }
            return (memberships.count * run / runs..<memberships.count * (run + 1) / runs).map {
                Self.group(memberships[$0], texts: texts, features: features, pivot: pivot, analyzer: analyzer)
            }
        }
        let analyzer = aligner.documentAnalyzer
        let groups = grouped.enumerated().flatMap { run, groups in
            // A run whose analyzer could not be made on its thread is grouped here.
            groups
                ?? (memberships.count * run / runs..<memberships.count * (run + 1) / runs).map {
                    Self.group(memberships[$0], texts: texts, features: features, pivot: pivot, analyzer: analyzer)
                }
        }
        return Collation(paths: paths, texts: texts, pivot: pivot, groups: groups)
    }

    /// Each document aligned to the pivot (nil for the pivot), on all cores.
    private func align(_ texts: [SegmentedText], _ features: [[TokenFeatures]], to pivot: Int) -> [Alignment?] {
        let (options, language, embedder) = (aligner.options, language, embedder)
        let others = texts.indices.filter { $0 != pivot }
        let aligned = ParallelMap.map(count: others.count, minimumBlock: 1) { index -> Alignment? in
            let version = others[index]
            return (try? Aligner(options: options, language: language, embedder: embedder))?.align(
                reference: texts[pivot], features: features[pivot], version: texts[version], features: features[version]
            )
        }
        var alignments = [Alignment?](repeating: nil, count: texts.count)
        for (index, version) in others.enumerated() {
            // An aligner that could not be made on a thread (it was on this one) is this one.
            alignments[version] =
                aligned[index]
                ?? aligner.align(
                    reference: texts[pivot], features: features[pivot], version: texts[version],
                    features: features[version])
        }
        return alignments
    }

    // MARK: Grouping

    /// Each group's members, in reading order.
    private func groups(_ texts: [SegmentedText], _ features: [[TokenFeatures]], pivot: Int, alignments: [Alignment?])
        -> [[Range<Int>]]
    {
        let count = texts.count
        let sentences = texts[pivot].sentences.count
        // Pivot sentences that at least half of the other documents merge into one link (the
        // pivot split a sentence the others keep whole) are one block for all; a summary that
        // merges two of them alone does not join them for the others.
        var merges = [Int](repeating: 0, count: sentences)
        for alignment in alignments.compactMap({ $0 }) {
            for link in alignment.links where link.reference.count > 1 && link.type != .moved {
                for index in link.reference.dropLast() { merges[index] += 1 }
            }
        }
        let joinsNext = merges.map { $0 > 0 && 2 * $0 >= count - 1 }
        var blockOf = [Int](repeating: 0, count: sentences)
        var blocks: [[Range<Int>]] = []
        var start = 0
        for index in 0..<sentences where index == sentences - 1 || !joinsNext[index] {
            var members = [Range<Int>](repeating: 0..<0, count: count)
            members[pivot] = start..<(index + 1)
            for sentence in start...index { blockOf[sentence] = blocks.count }
            blocks.append(members)
            start = index + 1
        }
        // Each version's sentences join the block of the pivot sentences they are linked to,
        // moved ones too; the sentences the pivot lacks are kept with the block before them.
        var added: [AddedSentence] = []
        for (document, alignment) in alignments.enumerated() {
            guard let alignment else { continue }
            var anchor = -1
            for link in alignment.links {
                guard let first = link.reference.first else {
                    for sentence in link.version { added.append(AddedSentence(document, sentence, anchor: anchor)) }
                    continue
                }
                let block =
                    blockOf[first] == blockOf[link.reference.last!]
                    ? blockOf[first]
                    : blockOf[
                        Self.closest(
                            to: link.version, of: features[document], texts[document], among: link.reference,
                            of: features[pivot], texts[pivot])]
                blocks[block][document] = Self.hull(blocks[block][document], link.version)
                if link.type != .moved { anchor = block }
            }
        }
        let extra = clusters(added, texts)
        var ordered: [[Range<Int>]] = extra.filter { $0.anchor == -1 }.map(\.members)
        for (index, block) in blocks.enumerated() {
            ordered.append(block)
            ordered += extra.filter { $0.anchor == index }.map(\.members)
        }
        return ordered
    }

    /// A sentence of a version that the pivot lacks, and the pivot block it follows (-1: none).
    private struct AddedSentence {
        var document: Int
        var sentence: Int
        var anchor: Int

        init(_ document: Int, _ sentence: Int, anchor: Int) {
            self.document = document
            self.sentence = sentence
            self.anchor = anchor
        }
    }

    /// Groups the sentences the pivot lacks, transitively: two sentences of different versions
    /// that match (at least the alignment's threshold for a moved sentence) are in one group,
    /// strongest matches first, as long as a group holds one sentence of each version. A group
    /// stays where the first version that has it puts it.
    private func clusters(_ added: [AddedSentence], _ texts: [SegmentedText]) -> [(anchor: Int, members: [Range<Int>])]
    {
        let analyzer = aligner.documentAnalyzer
        // Each version's added sentences alone, numbered afresh, so that profiles are cheap.
        var local: [Int: [Int]] = [:]
        for (index, sentence) in added.enumerated() { local[sentence.document, default: []].append(index) }
        let subsets = local.mapValues { indices in
            analyzer.segment(
                texts[added[indices[0]].document].text,
                sentences: indices.map { texts[added[$0].document].sentences[added[$0].sentence] })
        }
        var edges: [(a: Int, b: Int, similarity: Double)] = []
        let documents = local.keys.sorted()
        for (position, first) in documents.enumerated() {
            for second in documents[(position + 1)...] {
                let pair = aligner.profiles(reference: subsets[first]!, version: subsets[second]!)
                for (i, a) in local[first]!.enumerated() {
                    for (j, b) in local[second]!.enumerated() {
                        let similarity = aligner.options.similarity.similarity(pair.reference[i], pair.version[j])
                        if similarity >= aligner.options.movedThreshold { edges.append((a, b, similarity)) }
                    }
                }
            }
        }
        edges.sort { ($0.similarity, $1.a, $1.b) > ($1.similarity, $0.a, $0.b) }
        // Union-find over the added sentences; a group's versions must stay distinct.
        var parent = Array(added.indices)
        var versions = added.map { Set([$0.document]) }
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for edge in edges {
            let (a, b) = (root(edge.a), root(edge.b))
            guard a != b, versions[a].isDisjoint(with: versions[b]) else { continue }
            let (keep, join) = (min(a, b), max(a, b))
            parent[join] = keep
            versions[keep].formUnion(versions[join])
        }
        var groups: [Int: (anchor: Int, members: [Range<Int>])] = [:]
        var order: [Int] = []
        for (index, sentence) in added.enumerated() {
            let group = root(index)
            if groups[group] == nil {
                groups[group] = (sentence.anchor, [Range<Int>](repeating: 0..<0, count: texts.count))
                order.append(group)
            }
            groups[group]!.members[sentence.document] = sentence.sentence..<(sentence.sentence + 1)
        }
        return order.map { groups[$0]! }
    }

    /// The pivot sentence among `candidates` whose word stems overlap most (Dice) with those of
    /// the version's `sentences`, the first on a tie: where a version merges pivot sentences that
    /// stay apart for the others, its sentences join the group they say most of.
    private static func closest(
        to sentences: Range<Int>, of features: [TokenFeatures], _ text: SegmentedText, among candidates: Range<Int>,
        of pivotFeatures: [TokenFeatures], _ pivotText: SegmentedText
    ) -> Int {
        func stems(_ sentences: Range<Int>, _ features: [TokenFeatures], _ text: SegmentedText) -> Set<String> {
            Set(
                tokens(of: sentences, in: text).map { features[$0] }.filter { $0.kind == .word || $0.kind == .number }
                    .map(\.stem))
        }
        let version = stems(sentences, features, text)
        func dice(_ candidate: Int) -> Double {
            let pivot = stems(candidate..<(candidate + 1), pivotFeatures, pivotText)
            return version.isEmpty && pivot.isEmpty
                ? 0 : 2 * Double(version.intersection(pivot).count) / Double(version.count + pivot.count)
        }
        return candidates.max { (dice($0), -$0) < (dice($1), -$1) } ?? candidates.lowerBound
    }

    /// The smallest range holding both (an empty range holds nothing).
    private static func hull(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }

    // MARK: Consensus

    /// The group of `members`: its consensus and each member's diff against it; `analyzer`
    /// reads the consensus.
    private static func group(
        _ members: [Range<Int>], texts: [SegmentedText], features: [[TokenFeatures]], pivot: Int,
        analyzer: DocumentAnalyzer
    ) -> CollationGroup {
        let differ = WordDiffer()
        let present = members.indices.filter { !members[$0].isEmpty }
        guard let backbone = members[pivot].isEmpty ? present.first : pivot else {
            return CollationGroup(members: members, consensus: "", agrees: members.map { _ in false }, diffs: [])
        }
        // Each member's tokens with their features, read once for both diffs (a gap has none).
        let items: [[WordDiffer.Item]] = members.indices.map { document in
            Self.tokens(of: members[document], in: texts[document]).map {
                (texts[document].tokens[$0], features[document][$0])
            }
        }
        var vote = ConsensusVote(backbone: items[backbone].map(\.token), in: texts[backbone].text)
        for document in present where document != backbone {
            vote.add(differ.diff(reference: items[backbone], version: items[document]), in: texts[document].text)
        }
        let consensus = vote.wording
        let consensusText = analyzer.segment(Text(consensus))
        let consensusItems: [WordDiffer.Item] = zip(consensusText.tokens, analyzer.features(of: consensusText)).map {
            ($0, $1)
        }
        let diffs = members.indices.map { document in
            members[document].isEmpty ? [] : differ.diff(reference: consensusItems, version: items[document])
        }
        let agrees = members.indices.map { !members[$0].isEmpty && WordAgreement.agrees(diffs[$0]) }
        return CollationGroup(members: members, consensus: consensus, agrees: agrees, diffs: diffs)
    }

    /// The indices of the tokens of `sentences` in `text`.
    private static func tokens(of sentences: Range<Int>, in text: SegmentedText) -> Range<Int> {
        guard let first = sentences.first, let last = sentences.last else { return 0..<0 }
        return text.sentenceTokens[first].lowerBound..<text.sentenceTokens[last].upperBound
    }

    // MARK: Pivot

    /// The document whose words overlap most with all the others' (the sum of a Dice
    /// coefficient over word stems), the first on a tie.
    private static func closest(_ features: [[TokenFeatures]], _ texts: [SegmentedText]) -> Int {
        let bags = features.map { tokens in
            tokens.reduce(into: [String: Int]()) { bag, token in
                if token.kind == .word || token.kind == .number { bag[token.stem, default: 0] += 1 }
            }
        }
        let sizes = bags.map { $0.values.reduce(0, +) }
        func dice(_ a: Int, _ b: Int) -> Double {
            let shared = bags[a].reduce(0) { $0 + min($1.value, bags[b][$1.key] ?? 0) }
            return sizes[a] + sizes[b] == 0 ? 0 : 2 * Double(shared) / Double(sizes[a] + sizes[b])
        }
        let totals = bags.indices.map { a in bags.indices.reduce(0.0) { $0 + ($1 == a ? 0 : dice(a, $1)) } }
        return totals.indices.max { (totals[$0], -$0) < (totals[$1], -$1) } ?? 0
    }
}
