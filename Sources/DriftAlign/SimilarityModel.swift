#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sentence similarity that alignment maximises.
///
/// For two profiles A and B (see `ProfileBuilder`):
///
///     sim(A, B) = r^γ · (α · Dice(trigrams A, trigrams B) + (1 − α) · wDice(words A, words B))
///
/// - `Dice(X, Y) = 2·|X ∩ Y| / (|X| + |Y|)` over the multisets of character trigrams of the
///   case-folded letters and digits (words joined by one space). Trigrams survive garbled names
///   and inflections: "Amber province" still shares `pro`, `rov`, … and `mbr`-less parts of the
///   name with "Anbar province".
/// - `wDice` is the same coefficient with every word feature weighted by
///   `idf = ln(1 + N / df)` (N sentences in both texts, df of them containing the feature), over
///   three kinds of feature: Snowball stems ("ruled"/"rule"), the `NameKey` skeletons of
///   capitalised words ("Muhammad"/"Mohammed" → `mhmd`), and numbers by their digits
///   ("2,000"/"2000"). Rare words, names and numbers dominate; "the" and "and" count for little.
///   When neither side has a word feature, the character term stands alone.
/// - `r = min(|A|, |B|) / max(|A|, |B|)` in letters and digits: a short sentence is unlikely to
///   be all of a long one.
///
/// When both profiles carry embeddings (`SentenceEmbedder`), the meaning of the sentences can
/// raise the lexical term, never lower it:
///
///     sim = r^γ · max(lexical, (1 − β) · lexical + β · max(0, (cos − c₀) / (1 − c₀)))
///
/// where `cos` is the cosine of the embeddings and c₀ the cosine of sentences that merely share
/// a topic. The same meaning in other words then scores closer to the same words, while short
/// or archaic sentences, which the encoder reads poorly ("Who art thou?"/"Who are you?" has a
/// cosine of 0.52), keep their lexical score. (A plain blend lowered alignment F1 on Ruth from
/// 0.971 to 0.956; the maximum raises it to 0.977.)
///
/// The defaults, α = 0.5 and γ = 0.25, weigh spelling and vocabulary alike and let length
/// only temper the figure; sentences of the same meaning in other words (the KJV and WEB Bibles)
/// score 0.3–0.7, unrelated sentences of the same story 0.05–0.2.
public struct SimilarityModel: Sendable, Hashable {
    /// α, the weight of the character term; the word term gets 1 − α.
    public var characterWeight: Double
    /// γ, the exponent of the length ratio.
    public var lengthExponent: Double
    /// β, the weight of the embeddings' cosine when both profiles have one.
    public var semanticWeight: Double
    /// c₀, the cosine at and below which two sentences count as unrelated.
    public var unrelatedCosine: Double
    /// Maps the embeddings' cosines onto the scale `unrelatedCosine` is given in (MiniLM's).
    public var cosineScale = CosineScale.identity

    /// Creates a model.
    public init(
        characterWeight: Double = 0.5, lengthExponent: Double = 0.25, semanticWeight: Double = 0.5,
        unrelatedCosine: Double = 0.3
    ) {
        self.characterWeight = characterWeight
        self.lengthExponent = lengthExponent
        self.semanticWeight = semanticWeight
        self.unrelatedCosine = unrelatedCosine
    }

    /// The similarity of two profiles with its components.
    public func compare(_ a: SentenceProfile, _ b: SentenceProfile) -> Similarity {
        var (similarity, content) = lexical(a, b)
        if let x = a.embedding, let y = b.embedding {
            let cosine = cosineScale(Embedding.cosine(x, y))
            similarity.cosine = cosine
            similarity.value = raised(content, lengthRatio: similarity.lengthRatio, cosine: cosine)
        }
        return similarity
    }

    /// The most that embeddings can make of the similarity of two profiles: its value were the
    /// cosine of their embeddings (on MiniLM's scale) `cosine`, 1 at most.
    public func ceiling(_ a: SentenceProfile, _ b: SentenceProfile, cosine: Double = 1) -> Double {
        let (similarity, content) = lexical(a, b)
        return raised(content, lengthRatio: similarity.lengthRatio, cosine: cosine)
    }

    /// The similarity by the words alone, and its content term (before the length ratio).
    private func lexical(_ a: SentenceProfile, _ b: SentenceProfile) -> (Similarity, content: Double) {
        let characters = Double(a.trigrams.dice(b.trigrams))
        let words = Double(a.words.dice(b.words))
        let longer = max(a.length, b.length)
        let ratio = longer > 0 ? Double(min(a.length, b.length)) / Double(longer) : 0
        let content =
            a.words.isEmpty && b.words.isEmpty
            ? characters : characterWeight * characters + (1 - characterWeight) * words
        let similarity = Similarity(
            characters: characters, words: words, lengthRatio: ratio, cosine: nil,
            value: Self.power(ratio, lengthExponent) * content)
        return (similarity, content)
    }

    /// The similarity of a content term that the meaning raises, given the embeddings' `cosine`.
    private func raised(_ content: Double, lengthRatio: Double, cosine: Double) -> Double {
        let semantic = semanticWeight * max(0, (cosine - unrelatedCosine) / (1 - unrelatedCosine))
        return Self.power(lengthRatio, lengthExponent)
            * max(content, (1 - semanticWeight) * content + semantic)
    }

    /// The combined similarity of two profiles.
    public func similarity(_ a: SentenceProfile, _ b: SentenceProfile) -> Double {
        compare(a, b).value
    }

    private static func power(_ base: Double, _ exponent: Double) -> Double {
        exponent == 0.25 ? base.squareRoot().squareRoot() : pow(base, exponent)
    }
}
