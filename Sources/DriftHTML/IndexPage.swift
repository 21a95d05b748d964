/// The view model of a batch's index page.
struct IndexPage: Encodable {
    let title: String
    /// `drift 0.1.0`.
    let generator: String
    let rows: [IndexRow]
    /// `2,000 comparisons, 3 failed`.
    let summary: String
    let verdictOptions: [LabelledValue]
    let css: String
    let script: String
    let contentSecurityPolicy: String
}
