/// A finding as marked in the side-by-side text: a link to its entry in the findings list.
struct FindingMark: Equatable, Encodable {
    /// `f12`, the id of the entry in the findings list.
    let target: String
    /// `12`, shown before the finding's first piece.
    let number: Int
    /// `m12` on the first piece of the finding's first appearance, so the list can link back.
    let anchor: String?
    let severity: String
    /// `critical · quote-altered: message — suggestion: …`, shown on hover.
    let tooltip: String
    /// The severity rank, 2 for critical, to pick the most serious of findings on one span.
    let rank: Int
}
