/// One reference sentence in a heat strip.
struct HeatCell: Encodable {
    /// The sentence's index, its position in the strip.
    let x: Int
    /// The row it jumps to, `v2-l5`.
    let target: String
    /// `h0` (no drift) to `h4` (drifted), `omitted` or `garbled`: the colour.
    let shade: String
    /// `sentence 6: paraphrase, drift 0.42`, shown on hover and read by screen readers.
    let title: String
}
