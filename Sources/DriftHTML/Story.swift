/// One comparison of the report: a reference and its versions.
struct Story: Encodable {
    /// `s1`, for the ids of the story's chart.
    let id: String
    let referencePath: String
    let referenceSentences: Int
    /// `with sentence embeddings` or `lexical only`.
    let method: String
    let overview: [OverviewRow]
    let chart: BarChart
    let strips: [HeatStrip]
    let versions: [VersionSection]
    /// The reference and the versions collated, when there are three versions or more.
    let collation: CollationView?
}
