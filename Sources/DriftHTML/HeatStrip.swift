/// A version's heat strip: the reference's sentences left to right, each coloured by the label
/// of the link that holds it and the worst finding there, and linking to that row.
struct HeatStrip: Encodable {
    /// The version section's id.
    let id: String
    let path: String
    /// The number of reference sentences, the strip's width in the SVG's units.
    let sentences: Int
    let cells: [HeatCell]
}
