/// One bar of the chart: a measure of a version, drawn and written.
struct ChartBar: Encodable {
    let x: Int
    let y: Int
    let width: Int
    let height: Int
    /// `coverage`, `drift` or `garble`, the CSS class that colours the bar.
    let measure: String
    /// `drift 0.36`, written right of the bar.
    let value: ChartText
}
