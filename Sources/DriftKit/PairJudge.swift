public import DriftAlign
import DriftChecks
import DriftMetrics
public import DriftText

/// Judges whether a candidate sentence keeps the meaning of a reference sentence.
///
/// Every content word of either side is accounted for (`WordAccounting`): matched on the other
/// side, or typed `Evidence` (lost, added, replaced by a word of another meaning, reworded).
/// Evidence of a meaning edit decides the label (`LabelRules`); the learned score, a logistic
/// regression `σ(b + w·x)` over `PairFeatures` with the weights of `JudgeWeights` (learned by
/// `eval/train_judge.py`), decides where the evidence does not, and each piece of evidence adds
/// its weight to the drift.
///
/// A judge holds ICU and Snowball objects and is not thread-safe: one per worker. The WordNet
/// database may be shared.
public final class PairJudge {
    private let tokenizer: Tokenizer
    private let analyzer: TokenAnalyzer
    private let wordNet: WordNet?
    private let chrf = CHRF()
    private let reader: QuantityReader
    /// The language of the sentences judged, and its lexicon.
    public let language: Language
    private let lexicon: Lexicon
    /// WordNet as a list of names, in every language (`WordNet.isFirstAName`).
    private let names: WordNet?
    /// The labelling rules' thresholds.
    public let options: JudgeOptions
    /// The sentence embeddings whose cosine the judge weighs, or nil for words alone.
    public let embedder: SentenceEmbedder?
    /// The sentences read lately: a reference's sentences are judged against every version,
    /// and a version keeps many of them as they were. Emptied when it reaches `sideLimit`.
    private var sides: [String: PairSide] = [:]
    private static let sideLimit = 2048

    /// Creates a judge.
    ///
    /// - Parameters:
    ///   - wordNet: Synonyms, antonyms and parts of speech, or nil to match stems and names only;
    ///     used for English alone, save as a list of names where every noun has a capital.
    ///   - embedder: Sentence embeddings, or nil to judge from the words alone.
    ///   - options: The labelling rules' thresholds.
    ///   - language: The sentences' language: its stemmer and lexicon read them.
    /// - Throws: `TextError` when ICU or the stemmer cannot be opened.
    public init(
        wordNet: WordNet?, embedder: SentenceEmbedder? = nil, options: JudgeOptions = JudgeOptions(),
        language: Language = .english
    ) throws(TextError) {
        tokenizer = try Tokenizer()
        analyzer = try TokenAnalyzer(language: language.stemmerName)
        self.language = language
        lexicon = language.lexicon
        reader = QuantityReader(lexicon: language.lexicon)
        self.wordNet = language.isEnglish ? wordNet : nil
        names = wordNet
        self.embedder = embedder
        self.options = options
    }

    /// The judgement of `candidate` against `reference`.
    ///
    /// - Parameters:
    ///   - reference: The reference sentence.
    ///   - candidate: The sentence judged against it.
    ///   - chrf: The pair's chrF2 (sacreBLEU defaults) when the caller has it already;
    ///     computed otherwise, when a model or `JudgeOptions.allFeatures` needs it.
    ///   - cosine: The cosine of the pair's embeddings when the caller has it already;
    ///     computed by the `embedder` otherwise, if there is one.
    ///   - context: The `vocabulary(of:)` of the whole reference: a name in the candidate that
    ///     the reference uses elsewhere is not a misspelling.
    /// - Returns: The label, the drift, the features and the evidence.
    public func judge(
        reference: String, candidate: String, chrf: Double? = nil, cosine: Double? = nil, context: Set<String> = []
    ) -> PairJudgement {
        let left = cachedSide(reference)
        let right = cachedSide(candidate)
        let accounting = WordAccounting(left, right, wordNet: wordNet, context: context, lexicon: lexicon)
        let cosine = cosine ?? embedder?.cosine(reference, candidate)
        let model = cosine == nil ? JudgeWeights.lexical : JudgeWeights.semantic
        let chrf = chrf ?? self.chrf.sentenceScore(hypothesis: candidate, references: [reference]).score
        var features = FeatureMeasurer.features(left, right, accounting, characterGap: 1 - chrf / 100)
        if let cosine { features.semanticGap = 1 - min(1, max(-1, cosine)) }
        let identical = reference == candidate
        let decisive = LabelRules.decisive(accounting.evidence, options: options)
        let garble =
            accounting.evidence.filter(\.isGarble)
            + repetitions(right, beyond: left).map { Evidence.repeated(word: $0) }
        let label = LabelRules.label(
            identical: identical, decisive: decisive, garble: !garble.isEmpty,
            copyEdit: isCopyEdit(left.words, right.words),
            drift: model.drift(features.vector), threshold: model.changedThreshold)
        // Each piece of evidence of a meaning edit raises the drift by its weight: a lost verb,
        // name or number more than a lost adverb, an adverb more than an article.
        let weight = 1 - accounting.evidence.filter(\.changesMeaning).reduce(1) { $0 * (1 - $1.weight) }
        // The characters break the ties that words leave: any edit moves the drift.
        let drift =
            identical
            ? 0
            : 1 - (1 - model.drift(features.vector)) * (1 - options.evidenceReach * weight)
                * (1 - options.characterReach * features.characterGap)
        var evidence = accounting.evidence.filter { !$0.isGarble } + garble
        if features.reordering >= 0.2 { evidence.append(.reordered) }
        return PairJudgement(
            drift: drift, label: label, features: features, garbleCues: garble.count,
            referenceWords: left.content.count, candidateWords: right.content.count, evidence: evidence,
            decided: !decisive.isEmpty || !garble.isEmpty)
    }

    /// The number of content words (not function words) in a sentence, as the judge counts
    /// them for coverage.
    public func contentWords(in sentence: String) -> Int {
        cachedSide(sentence).content.count
    }

    /// The folded forms and stems of a text's words, the `context` of `judge`.
    public func vocabulary(of text: String) -> Set<String> {
        side(text).words.reduce(into: []) { set, word in
            set.insert(word.features.folded)
            set.insert(word.features.stem)
        }
    }

    /// The marks of broken text in a sentence alone: words repeated within a clause.
    public func garbleCues(in sentence: String) -> [String] {
        repetitions(cachedSide(sentence), beyond: nil).sorted()
    }

    /// `side(sentence)`, from the recent ones when it is among them.
    private func cachedSide(_ sentence: String) -> PairSide {
        if let known = sides[sentence] { return known }
        let read = side(sentence)
        if sides.count >= Self.sideLimit { sides.removeAll(keepingCapacity: true) }
        sides[sentence] = read
        return read
    }

    /// A sentence read into words with their roles, tokens and quantities.
    private func side(_ sentence: String) -> PairSide {
        let text = Text(sentence)
        let tokens = tokenizer.tokens(in: text)
        let features = tokens.map { analyzer.features(of: $0, in: text) }
        let quantities = reader.quantities(in: features)
        let quantityTokens = Set(quantities.flatMap(\.tokens))
        var words: [JudgedWord] = []
        var clause = 0
        for (index, token) in features.enumerated() {
            guard token.kind == .word || token.kind == .number else {
                if token.kind == .punctuation { clause += 1 }
                continue
            }
            let lowercased = Normalizer.caseFold(token.text)
            let startsSentence = words.isEmpty || index == 0 || Self.endsSentence(features[index - 1])
            let isNegation = lexicon.isNegation(lowercased)
            let role = role(
                of: token, lowercased: lowercased, isNegation: isNegation, inQuantity: quantityTokens.contains(index),
                startsSentence: startsSentence)
            words.append(
                JudgedWord(
                    features: token, role: role, lowercased: lowercased, token: index, clause: clause,
                    startsSentence: startsSentence, isNegation: isNegation))
        }
        return PairSide(text: sentence, words: words, tokens: features, quantities: quantities)
    }

    private static func endsSentence(_ token: TokenFeatures) -> Bool {
        token.kind == .punctuation && token.text.contains { ".!?:;\"“‘«(—".contains($0) }
    }

    /// The role of a word: a number, a function word (negations, hedges and the future's
    /// auxiliaries too, which the accounting weighs on their own), a name (capitalised inside
    /// the sentence, an acronym, or a capitalised first word WordNet does not know), else
    /// WordNet's part of speech.
    private func role(
        of token: TokenFeatures, lowercased: String, isNegation: Bool, inQuantity: Bool, startsSentence: Bool
    ) -> WordRole {
        if token.kind == .number || inQuantity { return .number }
        if lexicon.functionWords.contains(lowercased) || lexicon.functionWords.contains(token.folded) || isNegation
            || lexicon.modality[lowercased] != nil || lexicon.futureAuxiliaries.contains(lowercased)
        {
            return .function
        }
        // Where every noun has a capital, a capital marks no name; an acronym still is one, and
        // so is a word that is first of all a name in WordNet ("Berlin", "Einstein") and
        // uninflected ("Sterne", stars, is Laurence Sterne to WordNet).
        if lexicon.capitalizesNouns && !Self.isAcronym(token.text) {
            let name =
                token.isCapitalized && !startsSentence && token.stem == token.folded
                && names?.isFirstAName(lowercased) == true
            return name ? .name : .other
        }
        let part = wordNet?.partOfSpeech(of: lowercased)
        // A word in capitals that WordNet knows is shouted ("PEACE", "the LORD"), not a name.
        let shouted = Self.isAcronym(token.text) && token.text.count > 3 && part != nil
        if token.isCapitalized && !shouted && (!startsSentence || part == nil || Self.isAcronym(token.text)) {
            return .name
        }
        switch part {
        case .verb: return .verb
        case .noun: return .noun
        case .adjective: return .adjective
        case .adverb: return .adverb
        case nil: return .other
        }
    }

    private static func isAcronym(_ word: String) -> Bool {
        word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// Words that come back within a clause, as broken translations repeat them ("the the",
    /// "coalition of coalitions", "said authorities said"), by `RepetitionLoopCheck`'s rule,
    /// less those the reference repeats too.
    private func repetitions(_ side: PairSide, beyond reference: PairSide?) -> Set<String> {
        func repeated(_ words: [JudgedWord]) -> Set<String> {
            var result: Set<String> = []
            for (i, word) in words.enumerated() {
                // "the the", but not "IS is" (an acronym and a word).
                if i + 1 < words.count && words[i + 1].clause == word.clause
                    && words[i + 1].features.folded == word.features.folded
                    && !Self.repeatable.contains(word.features.folded)
                    && Self.isAcronym(words[i + 1].features.text) == Self.isAcronym(word.features.text)
                {
                    result.insert(word.lowercased)
                } else if i + 2 < words.count && words[i + 2].clause == word.clause
                    && RepetitionLoopCheck.isEcho(word.features, words[i + 1].features, words[i + 2].features)
                {
                    result.insert(word.lowercased)
                }
            }
            return result
        }
        return repeated(side.words).subtracting(reference.map { repeated($0.words) } ?? [])
    }

    /// Words that good text may double ("that that", German "die die"), in any language.
    private static let repeatable = Lexicon.union(\.repeatableWords)

    /// Same words, save for case, punctuation and spelling slips.
    private func isCopyEdit(_ left: [JudgedWord], _ right: [JudgedWord]) -> Bool {
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy { a, b in
            a.features.folded == b.features.folded
                || (a.features.kind == .word && b.features.kind == .word
                    && min(a.features.folded.count, b.features.folded.count) >= options.copyEditMinimumLength
                    && WordDiffer.spellingSimilarity(a.features.folded, b.features.folded) >= options.copyEditSimilarity)
        }
    }
}
