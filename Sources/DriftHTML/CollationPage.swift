/// Everything the page of `drift collate --format html` shows.
struct CollationPage: Encodable {
    let title: String
    /// `drift 0.1.0`.
    let generator: String
    /// `lexical similarity only` or `lexical and sentence-embedding similarity`.
    let method: String
    let collation: CollationView
    let css: String
    let contentSecurityPolicy: String
}
