/// The costs and limits of the alignment search.
///
/// The search maximises the sum of link gains over a path through both texts. A link of `a`
/// reference and `b` version sentences with similarity `s` gains
///
///     (s − linkThreshold) · (a + b) / 2 − mergePenalty(a, b) − paragraphPenalty · crossings
///
/// where `crossings` counts paragraph starts inside the link after its first sentence on either
/// side; an omitted or added sentence gains 0. So two sentences are linked when their similarity
/// beats `linkThreshold`, sentences are merged only when the merge is more alike than its parts,
/// and paragraph boundaries act as soft anchors.
public struct AlignmentOptions: Sendable, Hashable {
    /// The sentence similarity model.
    public var similarity: SimilarityModel
    /// The similarity below which a 1-1 link loses to an omission plus an addition.
    public var linkThreshold: Double
    /// The cost of a 1-2 or 2-1 link; 2-2, 1-3 and 3-1 links cost twice as much.
    public var mergePenalty: Double
    /// The cost of each paragraph start that a link spans.
    public var paragraphPenalty: Double
    /// The similarity at which an omitted reference sentence and an added version sentence are
    /// linked as `moved`.
    public var movedThreshold: Double
    /// The similarity at which a 1-1 pair found by the index becomes an anchor of the search band.
    public var anchorThreshold: Double
    /// How many sentences the search may stray from the path through the anchors.
    public var bandRadius: Int
    /// How many it may stray inside a run of anchors on one diagonal, where the path is plain.
    public var runRadius: Int
    /// Gaps between anchors up to this many cells are searched whole; larger ones along their
    /// diagonal.
    public var fullSearchCells: Int
    /// Whether to compute the word diff of every link.
    public var wordDiff: Bool
    /// The highest cosine (on MiniLM's scale) that the embeddings of two sentences are taken to
    /// reach: with an embedder, only the sentences where links of that cosine could overturn
    /// the path found by the words are embedded (`Aligner`). 1 embeds every sentence that any
    /// meaning could move (on the KJV and WEB Bibles, nine in ten); the default, 0.8, a tenth of
    /// Genesis and a quarter of Ruth, with the same links on Ruth and 0.9662 of 0.9666
    /// verse-boundary F1 on Genesis.
    public var ceilingCosine: Double

    /// Creates options; the defaults suit news and prose in one language.
    public init(
        similarity: SimilarityModel = SimilarityModel(),
        linkThreshold: Double = 0.2,
        mergePenalty: Double = 0.05,
        paragraphPenalty: Double = 0.1,
        movedThreshold: Double = 0.4,
        anchorThreshold: Double = 0.5,
        bandRadius: Int = 12,
        runRadius: Int = 3,
        fullSearchCells: Int = 250_000,
        wordDiff: Bool = true,
        ceilingCosine: Double = 0.8
    ) {
        self.similarity = similarity
        self.linkThreshold = linkThreshold
        self.mergePenalty = mergePenalty
        self.paragraphPenalty = paragraphPenalty
        self.movedThreshold = movedThreshold
        self.anchorThreshold = anchorThreshold
        self.bandRadius = bandRadius
        self.runRadius = runRadius
        self.fullSearchCells = fullSearchCells
        self.wordDiff = wordDiff
        self.ceilingCosine = ceilingCosine
    }
}
