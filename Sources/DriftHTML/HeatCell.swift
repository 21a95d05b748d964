/// One reference sentence in a heat strip.
struct HeatCell: Encodable {
    /// The sentence's index, its position in the strip.
    let x: Int
    /// The row it jumps to, `v2-l5`.
    let target: String
    /// The colour, by label and the worst finding on the link: `same`, `copyedit`,
    /// `paraphrase`, `changed` (or a major finding), `critical` (a critical finding),
    /// `garbled` or `omitted`.
    let shade: String
    /// `sentence 6: paraphrase, drift 0.42`, shown on hover and read by screen readers.
    let title: String
}
