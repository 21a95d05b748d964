public import DriftAlign
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
/// length, chrF) and combines them by logistic regression, `drift = σ(b + w·x)`, with the
/// weights of `JudgeWeights`, learned by `eval/train_judge.py` on the development data. A pair
/// whose numbers, negation or hedging differ is `changed` whatever the regression says.
///
/// A judge holds ICU and Snowball objects and is not thread-safe: one per worker. The WordNet
/// database may be shared.
public final class PairJudge {
    private let tokenizer: Tokenizer
    private let analyzer: TokenAnalyzer
    private let wordNet: WordNet?
    private let chrf = CHRF()

    /// Creates a judge.
    ///
    /// - Parameter wordNet: The synonym database, or nil to match stems and names only.
    public init(wordNet: WordNet?) throws(TextError) {
        tokenizer = try Tokenizer()
        analyzer = try TokenAnalyzer()
        self.wordNet = wordNet
    }

    /// The judgement of `candidate` against `reference`.
    ///
    /// - Parameter chrf: The pair's chrF2 (sacreBLEU defaults) when the caller has it already;
    ///   computed otherwise.
    public func judge(reference: String, candidate: String, chrf: Double? = nil) -> PairJudgement {
        let left = words(reference)
        let right = words(candidate)
        let chrf = chrf ?? self.chrf.sentenceScore(hypothesis: candidate, references: [reference]).score
        let (features, evidence) = measure(left, right, chrf: chrf)
        var drift = reference == candidate ? 0 : JudgeWeights.drift(features.vector)
        let label: PairLabel
        if reference == candidate {
            label = .identical
        } else if features.numberMismatch > 0 || features.negationMismatch > 0 || features.modalityMismatch > 0 {
            // A changed number, negation or hedge changes the facts whatever else is kept; the
            // development data has too few of them to teach the weights this.
            label = .changed
            drift = max(drift, JudgeWeights.changedThreshold)
        } else if Self.isCopyEdit(left, right) {
            label = .copyedit
        } else {
            label = drift >= JudgeWeights.changedThreshold ? .changed : .paraphrase
        }
        return PairJudgement(drift: drift, label: label, features: features, evidence: evidence)
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

    private func measure(_ left: [Word], _ right: [Word], chrf: Double) -> (PairFeatures, [String]) {
        var evidence: [String] = []
        let leftContent = left.filter(\.isContent)
        let rightContent = right.filter(\.isContent)
        // Match reference content words to candidate content words, nearest relative position first.
        var used = [Bool](repeating: false, count: rightContent.count)
        var matches: [(left: Int, right: Int)] = []
        for (i, word) in leftContent.enumerated() {
            var best: (index: Int, distance: Double)?
            for (j, other) in rightContent.enumerated() where !used[j] && self.matches(word, other) {
                let distance = abs(Double(i) / Double(max(leftContent.count, 1)) - Double(j) / Double(max(rightContent.count, 1)))
                if best == nil || distance < best!.distance { best = (j, distance) }
            }
            if let best {
                used[best.index] = true
                matches.append((i, best.index))
            }
        }
        let matchedLeft = Set(matches.map(\.left))
        let referenceLoss = leftContent.isEmpty ? 0 : 1 - Double(matches.count) / Double(leftContent.count)
        let candidateNovelty = rightContent.isEmpty ? 0 : 1 - Double(matches.count) / Double(rightContent.count)
        let missing = leftContent.indices.filter { !matchedLeft.contains($0) }.map { leftContent[$0].features.text }
        let novel = rightContent.indices.filter { !used[$0] }.map { rightContent[$0].features.text }
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

        let leftNumbers = Set(left.filter { $0.features.kind == .number }.map(\.features.folded))
        let rightNumbers = Set(right.filter { $0.features.kind == .number }.map(\.features.folded))
        let numberMismatch: Double = leftNumbers == rightNumbers ? 0 : 1
        if numberMismatch > 0 {
            evidence.append("numbers: \(leftNumbers.sorted().joined(separator: " ")) → \(rightNumbers.sorted().joined(separator: " "))")
        }
        let leftNegated = left.contains(where: Self.isNegation)
        let rightNegated = right.contains(where: Self.isNegation)
        let negationMismatch: Double = leftNegated == rightNegated ? 0 : 1
        if negationMismatch > 0 { evidence.append(rightNegated ? "negation added" : "negation dropped") }
        let leftModal = Set(left.map(\.lowercased).filter(Lexicon.modality.contains))
        let rightModal = Set(right.map(\.lowercased).filter(Lexicon.modality.contains))
        let modalityMismatch: Double = leftModal == rightModal ? 0 : 1
        if modalityMismatch > 0 {
            evidence.append("modality: \(leftModal.sorted().joined(separator: " ")) → \(rightModal.sorted().joined(separator: " "))")
        }
        let leftNames = leftContent.indices.filter { leftContent[$0].features.isCapitalized && $0 > 0 }
        let rightNames = rightContent.indices.filter { rightContent[$0].features.isCapitalized && $0 > 0 }
        let unmatchedNames = leftNames.filter { !matchedLeft.contains($0) }.count + rightNames.filter { !used[$0] }.count
        let nameCount = leftNames.count + rightNames.count
        let nameMismatch = nameCount == 0 ? 0 : Double(unmatchedNames) / Double(nameCount)
        let lengthGap = abs(log(Double(left.count + 1) / Double(right.count + 1)))
        let characterGap = 1 - chrf / 100
        let features = PairFeatures(
            characterGap: characterGap, referenceLoss: referenceLoss, candidateNovelty: candidateNovelty,
            reordering: reordering, brokenBigrams: brokenBigrams, numberMismatch: numberMismatch,
            negationMismatch: negationMismatch, modalityMismatch: modalityMismatch, nameMismatch: nameMismatch,
            lengthGap: lengthGap)
        return (features, evidence)
    }

    /// Whether two content words mean the same: one stem, one name, a close spelling of a long
    /// word, or WordNet synonyms.
    private func matches(_ a: Word, _ b: Word) -> Bool {
        let x = a.features
        let y = b.features
        if x.folded == y.folded || (x.kind == .word && y.kind == .word && x.stem == y.stem) { return true }
        guard x.kind == .word && y.kind == .word else { return false }
        if x.isCapitalized && y.isCapitalized && x.nameSkeleton == y.nameSkeleton { return true }
        if min(x.folded.count, y.folded.count) >= 5 && WordDiffer.spellingSimilarity(x.folded, y.folded) >= 0.8 { return true }
        return wordNet?.areSynonyms(a.lowercased, b.lowercased) ?? false
    }

    private static func isNegation(_ word: Word) -> Bool {
        Lexicon.negations.contains(word.lowercased) || word.lowercased.hasSuffix("n't") || word.lowercased.hasSuffix("n’t")
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
