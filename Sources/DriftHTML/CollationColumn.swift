/// A column of the collation view: a document.
struct CollationColumn: Encodable {
    let path: String
    /// `reference` or `pivot` for the pivot's column, nil for the others.
    let role: String?
}
