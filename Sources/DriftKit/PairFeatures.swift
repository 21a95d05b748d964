/// The evidence the judge weighs for one reference–candidate pair; each feature grows with
/// meaning change and is 0 for identical text.
public struct PairFeatures: Sendable, Hashable {
    /// 1 − chrF2 / 100.
    public var characterGap: Double
    /// Share of the reference's content words the candidate lacks (stems, name spellings and
    /// WordNet synonyms count as kept).
    public var referenceLoss: Double
    /// Share of the candidate's content words the reference lacks.
    public var candidateNovelty: Double
    /// Share of pairs of kept content words whose order is reversed (swapped roles).
    public var reordering: Double
    /// Share of adjacent reference content words that are no longer near each other.
    public var brokenBigrams: Double
    /// 1 when the numbers differ.
    public var numberMismatch: Double
    /// 1 when one side negates and the other does not.
    public var negationMismatch: Double
    /// 1 when hedging words differ ("resigned" → "is expected to resign").
    public var modalityMismatch: Double
    /// Share of capitalised names on either side without a counterpart.
    public var nameMismatch: Double
    /// |ln(length ratio)| in words.
    public var lengthGap: Double
    /// The weight of the content words lost or added (`WordRole.weight`), combined as
    /// 1 − Π(1 − w): 0 when every content word is accounted for.
    public var unaccounted: Double = 0
    /// The weight of the replacements of another meaning (`ReplacementKind`), combined the same
    /// way, swapped roles aside.
    public var meaningEdits: Double = 0
    /// 1 when subject and object are exchanged around a kept verb.
    public var rolesSwapped: Double = 0
    /// 1 − the cosine of the sentence embeddings, or nil when the judge has no
    /// `SentenceEmbedder`.
    public var semanticGap: Double?

    /// The features in a fixed order, as the weights expect them (a missing `semanticGap` as 0,
    /// which the lexical weights ignore).
    public var vector: [Double] {
        [
            characterGap, referenceLoss, candidateNovelty, reordering, brokenBigrams, numberMismatch,
            negationMismatch, modalityMismatch, nameMismatch, lengthGap, unaccounted, meaningEdits, rolesSwapped,
            semanticGap ?? 0,
        ]
    }

    /// The features by name, a missing `semanticGap` as nil.
    public var named: [(name: String, value: Double?)] {
        zip(Self.names, vector).map { name, value in (name, name == "semantic_gap" && semanticGap == nil ? nil : value)
        }
    }

    /// The names of `vector`'s entries, as `drift pairs --features` writes them.
    public static let names = [
        "character_gap", "reference_loss", "candidate_novelty", "reordering", "broken_bigrams", "number_mismatch",
        "negation_mismatch", "modality_mismatch", "name_mismatch", "length_gap", "unaccounted", "meaning_edits",
        "roles_swapped",
        "semantic_gap",
    ]
}
