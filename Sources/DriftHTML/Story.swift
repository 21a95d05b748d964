import Mustache

/// One comparison of the report: a reference and its versions.
struct Story {
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
}

/// Fields by name without reflection (see `TextPiece`).
extension Story: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "referencePath": referencePath
        case "referenceSentences": referenceSentences
        case "method": method
        case "overview": overview
        case "chart": chart
        case "strips": strips
        case "versions": versions
        default: nil
        }
    }
}
