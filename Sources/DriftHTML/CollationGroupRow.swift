/// A group of the collation view: its consensus and each document's sentences.
struct CollationGroupRow: Encodable {
    /// `s1-collation-g12`, the target of the findings' links.
    let id: String
    let number: Int
    let consensus: String
    /// `3 of 4 (1 lacks it)`: the documents wording it as the consensus does, of those that have it.
    let agreement: String
    /// Whether every document words it as the consensus does.
    let unanimous: Bool
    /// One per document, in the order of the columns.
    let cells: [CollationCell]
}
