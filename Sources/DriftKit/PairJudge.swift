public import DriftAlign
import DriftChecks
import DriftMetrics
public import DriftText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Judges whether a candidate sentence keeps the meaning of a reference sentence.
///
/// The judge measures `PairFeatures` (kept content words both ways, with stems, name spellings
/// and WordNet synonyms; the order of the kept words; numbers, negation, modality, names,
/// length, chrF and, given a `SentenceEmbedder`, the cosine of the sentence embeddings) and
/// combines them by logistic regression, `drift = σ(b + w·x)`, with the weights of
/// `JudgeWeights` (one model without embeddings, one with), learned by `eval/train_judge.py`
/// on the development data. A pair
/// whose numbers, negation or hedging differ is `changed` whatever the regression says.
///
/// A judge holds ICU and Snowball objects and is not thread-safe: one per worker. The WordNet
/// database may be shared.
public final class PairJudge {
    private let tokenizer: Tokenizer
    private let analyzer: TokenAnalyzer
    private let wordNet: WordNet?
    private let chrf = CHRF()
    /// The sentence embeddings whose cosine the judge weighs, or nil for words alone.
    public let embedder: SentenceEmbedder?

    /// Creates a judge.
    ///
    /// - Parameters:
    ///   - wordNet: The synonym database, or nil to match stems and names only.
    ///   - embedder: Sentence embeddings, or nil to judge from the words alone.
    public init(wordNet: WordNet?, embedder: SentenceEmbedder? = nil) throws(TextError) {
        tokenizer = try Tokenizer()
        analyzer = try TokenAnalyzer()
        self.wordNet = wordNet
        self.embedder = embedder
    }

    /// The judgement of `candidate` against `reference`.
    ///
    /// - Parameters:
    ///   - chrf: The pair's chrF2 (sacreBLEU defaults) when the caller has it already;
    ///     computed otherwise.
    ///   - cosine: The cosine of the pair's embeddings when the caller has it already;
    ///     computed by the `embedder` otherwise, if there is one.
    ///   - context: The `vocabulary(of:)` of the whole reference: a name in the candidate that
    ///     the reference uses elsewhere is not a misspelling.
    public func judge(
        reference: String, candidate: String, chrf: Double? = nil, cosine: Double? = nil, context: Set<String> = []
    ) -> PairJudgement {
        let left = words(reference)
        let right = words(candidate)
        let chrf = chrf ?? self.chrf.sentenceScore(hypothesis: candidate, references: [reference]).score
        var (features, garbleCues, evidence) = measure(left, right, chrf: chrf, context: context)
        if let cosine = cosine ?? embedder?.cosine(reference, candidate) {
            features.semanticGap = 1 - min(1, max(-1, cosine))
        }
        let model = JudgeWeights.model(for: features)
        var drift = reference == candidate ? 0 : model.drift(features.vector)
        let label: PairLabel
        if reference == candidate {
            label = .identical
        } else if features.numberMismatch > 0 || features.negationMismatch > 0 || features.modalityMismatch > 0 {
            // A changed number, negation or hedge changes the facts whatever else is kept; the
            // development data has too few of them to teach the weights this.
            label = .changed
            drift = max(drift, model.changedThreshold)
        } else if Self.isCopyEdit(left, right) {
            label = .copyedit
        } else if garbleCues > 0 {
            label = .garbled
        } else {
            label = drift >= model.changedThreshold ? .changed : .paraphrase
        }
        return PairJudgement(
            drift: drift, label: label, features: features, garbleCues: garbleCues,
            referenceWords: left.count(where: \.isContent), candidateWords: right.count(where: \.isContent), evidence: evidence)
    }

    /// The number of content words (not function words) in a sentence, as the judge counts
    /// them for coverage.
    public func contentWords(in sentence: String) -> Int {
        words(sentence).count(where: \.isContent)
    }

    /// The folded forms and stems of a text's words, the `context` of `judge`.
    public func vocabulary(of text: String) -> Set<String> {
        words(text).reduce(into: []) { set, word in
            set.insert(word.features.folded)
            set.insert(word.features.stem)
        }
    }

    /// A token of a sentence with its features and whether it carries content.
    private struct Word {
        var features: TokenFeatures
        var isContent: Bool
        var lowercased: String
    }

    private func words(_ sentence: String) -> [Word] {
        let text = Text(sentence)
        return tokenizer.tokens(in: text).compactMap { token in
            guard token.kind == .word || token.kind == .number else { return nil }
            let features = analyzer.features(of: token, in: text)
            let lowercased = Normalizer.caseFold(features.text)
            return Word(features: features, isContent: token.kind == .number || !Lexicon.functionWords.contains(features.folded), lowercased: lowercased)
        }
    }

    private func measure(_ left: [Word], _ right: [Word], chrf: Double, context: Set<String>) -> (PairFeatures, garbleCues: Int, [String]) {
        var evidence: [String] = []
        let leftContent = left.filter(\.isContent)
        let rightContent = right.filter(\.isContent)
        // Which content words match which, and how.
        let kinds = leftContent.map { word in rightContent.map { match(word, $0) } }
        let keptLeft = kinds.map { row in row.contains { $0 != nil } }
        let keptRight = rightContent.indices.map { j in kinds.contains { $0[j] != nil } }
        // Pair them one to one for word order: closest kind first, then nearest relative position.
        var used = [Bool](repeating: false, count: rightContent.count)
        var matches: [(left: Int, right: Int)] = []
        var misspelled: [String] = []
        for (i, word) in leftContent.enumerated() {
            var best: (index: Int, kind: MatchKind, distance: Double)?
            for j in rightContent.indices where !used[j] {
                guard let kind = kinds[i][j] else { continue }
                let distance = abs(Double(i) / Double(max(leftContent.count, 1)) - Double(j) / Double(max(rightContent.count, 1)))
                if best == nil || (kind, distance) < (best!.kind, best!.distance) { best = (j, kind, distance) }
            }
            guard let best else { continue }
            used[best.index] = true
            matches.append((i, best.index))
            let other = rightContent[best.index]
            // A mangled name swaps a consonant ("Anbar" → "Amber", "Fouad" → "Huad"); variants
            // that add or drop one ("Rifai"/"Rufaji") are transliterations.
            if best.kind == .spelling && word.features.isCapitalized && other.features.isCapitalized
                && Self.consonantsSwapped(word.features.nameSkeleton, other.features.nameSkeleton)
                && !kinds[i].contains(where: { $0 != nil && $0! < .spelling })
                && !kinds.contains(where: { $0[best.index] != nil && $0[best.index]! < .spelling })
                && !context.contains(other.features.folded) && !context.contains(other.features.stem)
                && !other.features.folded.hasPrefix(word.features.folded) && !word.features.folded.hasPrefix(other.features.folded) {
                let change = "\(word.features.text) → \(other.features.text)"
                if !misspelled.contains(change) { misspelled.append(change) }
            }
        }
        let referenceLoss = leftContent.isEmpty ? 0 : Double(keptLeft.count(where: { !$0 })) / Double(leftContent.count)
        let candidateNovelty = rightContent.isEmpty ? 0 : Double(keptRight.count(where: { !$0 })) / Double(rightContent.count)
        let missing = leftContent.indices.filter { !keptLeft[$0] }.map { leftContent[$0].features.text }
        let novel = rightContent.indices.filter { !keptRight[$0] }.map { rightContent[$0].features.text }
        if !missing.isEmpty { evidence.append("missing: " + missing.prefix(6).joined(separator: ", ")) }
        if !novel.isEmpty { evidence.append("new: " + novel.prefix(6).joined(separator: ", ")) }

        var discordant = 0
        var pairs = 0
        for a in matches.indices {
            for b in (a + 1)..<max(a + 1, matches.count) {
                pairs += 1
                if matches[b].right < matches[a].right { discordant += 1 }
            }
        }
        let reordering = pairs == 0 ? 0 : Double(discordant) / Double(pairs)
        if reordering >= 0.2 { evidence.append("kept words in another order (roles may be swapped)") }
        let position = Dictionary(uniqueKeysWithValues: matches.map { ($0.left, $0.right) })
        var bigrams = 0
        var broken = 0
        for i in leftContent.indices.dropLast() {
            guard let here = position[i], let next = position[i + 1] else { continue }
            bigrams += 1
            if !(1...3).contains(next - here) { broken += 1 }
        }
        let brokenBigrams = bigrams == 0 ? 0 : Double(broken) / Double(bigrams)

        // Numbers by value: "2,000", "2000" and "two thousand" are one number.
        let leftNumbers = Self.numbers(left)
        let rightNumbers = Self.numbers(right)
        // A number replaced by another changes the facts; one dropped or added is a detail.
        let droppedNumbers = leftNumbers.subtracting(rightNumbers)
        let addedNumbers = rightNumbers.subtracting(leftNumbers)
        let numberMismatch: Double = droppedNumbers.isEmpty || addedNumbers.isEmpty ? 0 : 1
        if numberMismatch > 0 {
            evidence.append("numbers: \(droppedNumbers.sorted().joined(separator: " ")) → \(addedNumbers.sorted().joined(separator: " "))")
        } else if !droppedNumbers.isEmpty || !addedNumbers.isEmpty {
            evidence.append((droppedNumbers.isEmpty ? "numbers added: " : "numbers dropped: ")
                + droppedNumbers.union(addedNumbers).sorted().joined(separator: " "))
        }
        let leftNegated = left.contains(where: Self.isNegation)
        let rightNegated = right.contains(where: Self.isNegation)
        let negationMismatch: Double = leftNegated == rightNegated ? 0 : 1
        if negationMismatch > 0 { evidence.append(rightNegated ? "negation added" : "negation dropped") }
        let leftModal = Set(left.compactMap { MeaningMarkers.modality[$0.lowercased] })
        let rightModal = Set(right.compactMap { MeaningMarkers.modality[$0.lowercased] })
        let modalityMismatch: Double = leftModal == rightModal ? 0 : 1
        if modalityMismatch > 0 {
            evidence.append("modality: \(leftModal.sorted().joined(separator: " ")) → \(rightModal.sorted().joined(separator: " "))")
        }
        let leftNames = leftContent.indices.filter { leftContent[$0].features.isCapitalized && $0 > 0 }
        let rightNames = rightContent.indices.filter { rightContent[$0].features.isCapitalized && $0 > 0 }
        let unmatchedNames = leftNames.filter { !keptLeft[$0] }.count + rightNames.filter { !keptRight[$0] }.count
        let nameCount = leftNames.count + rightNames.count
        let nameMismatch = nameCount == 0 ? 0 : Double(unmatchedNames) / Double(nameCount)
        let lengthGap = abs(log(Double(left.count + 1) / Double(right.count + 1)))
        let repeated = Self.repetitions(right).subtracting(Self.repetitions(left))
        if !misspelled.isEmpty { evidence.append("names spelled otherwise: " + misspelled.joined(separator: ", ")) }
        if !repeated.isEmpty { evidence.append("repeated: " + repeated.sorted().joined(separator: ", ")) }
        let characterGap = 1 - chrf / 100
        let features = PairFeatures(
            characterGap: characterGap, referenceLoss: referenceLoss, candidateNovelty: candidateNovelty,
            reordering: reordering, brokenBigrams: brokenBigrams, numberMismatch: numberMismatch,
            negationMismatch: negationMismatch, modalityMismatch: modalityMismatch, nameMismatch: nameMismatch,
            lengthGap: lengthGap)
        return (features, misspelled.count + repeated.count, evidence)
    }

    /// The values of the numbers among words (`Quantity`).
    private static func numbers(_ words: [Word]) -> Set<String> {
        Set(Quantity.values(in: words.map(\.features)).map(\.value).filter { Quantity.kind(of: $0) == "number" })
    }

    /// How two content words are the same, from closest to farthest.
    private enum MatchKind: Int, Comparable {
        case same, name, spelling, synonym

        static func < (a: MatchKind, b: MatchKind) -> Bool { a.rawValue < b.rawValue }
    }

    private static func isAcronym(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// Whether two name skeletons have the same length but other consonants, counting "p" and
    /// "f" ("Pharez"/"Perez") as one.
    private static func consonantsSwapped(_ a: String, _ b: String) -> Bool {
        let x = String(a.map { $0 == "p" ? "f" : $0 })
        let y = String(b.map { $0 == "p" ? "f" : $0 })
        return x.count == y.count && x != y
    }

    /// The marks of broken text in a sentence alone: words repeated within a few words.
    public func garbleCues(in sentence: String) -> [String] {
        Self.repetitions(words(sentence)).sorted()
    }

    /// Words that come back within a few words: "the the", "coalition of coalitions",
    /// "said authorities said"; the marks of a broken machine translation. Idioms that repeat
    /// a word around one linking word ("day by day", "face to face", "more and more") do not
    /// count.
    private static func repetitions(_ words: [Word]) -> Set<String> {
        var repeated: Set<String> = []
        for (i, word) in words.enumerated() {
            // "the the", but not "IS is" (an acronym and a word).
            if i + 1 < words.count && words[i + 1].features.folded == word.features.folded
                && Self.isAcronym(words[i + 1].features.text) == Self.isAcronym(word.features.text) {
                repeated.insert(word.lowercased)
                continue
            }
            guard (word.isContent || word.features.folded == "said") && word.features.kind == .word && !word.features.isCapitalized else {
                continue
            }
            // One word apart only: "where you go, I will go" is parallelism, not a loop.
            if i + 2 < words.count && words[i + 2].features.kind == .word && words[i + 2].features.stem == word.features.stem
                && !Lexicon.idiomLinks.contains(words[i + 1].features.folded) {
                repeated.insert(word.lowercased)
            }
        }
        return repeated
    }

    /// Whether two content words mean the same, and how: one stem, one name, a close spelling
    /// of a long word, or WordNet synonyms.
    private func match(_ a: Word, _ b: Word) -> MatchKind? {
        let x = a.features
        let y = b.features
        if x.folded == y.folded || (x.kind == .word && y.kind == .word && x.stem == y.stem) { return .same }
        guard x.kind == .word && y.kind == .word else { return nil }
        if x.isCapitalized && y.isCapitalized && x.nameSkeleton == y.nameSkeleton { return .name }
        let shorter = min(x.folded.count, y.folded.count)
        let similarity = WordDiffer.spellingSimilarity(x.folded, y.folded)
        // Names get a looser bar: "Anbar"/"Amber", "Fouad"/"Huad" are one name mangled.
        if (shorter >= 5 && similarity >= 0.8) || (x.isCapitalized && y.isCapitalized && shorter >= 4 && similarity >= 0.6) {
            return .spelling
        }
        return wordNet?.areSynonyms(a.lowercased, b.lowercased) == true ? .synonym : nil
    }

    private static func isNegation(_ word: Word) -> Bool {
        MeaningMarkers.isNegation(word.lowercased)
    }

    /// Same words, save for case, punctuation and spelling slips.
    private static func isCopyEdit(_ left: [Word], _ right: [Word]) -> Bool {
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy { a, b in
            a.features.folded == b.features.folded
                || (a.features.kind == .word && b.features.kind == .word && min(a.features.folded.count, b.features.folded.count) >= 4
                    && WordDiffer.spellingSimilarity(a.features.folded, b.features.folded) >= 0.75)
        }
    }
}
