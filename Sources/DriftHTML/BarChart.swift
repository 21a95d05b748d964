/// The overview's SVG chart: per version a bar each for coverage, drift and garble, with the
/// values written beside the bars.
struct BarChart: Encodable {
    let width: Int
    let height: Int
    /// The versions' names, one per group of bars.
    let labels: [ChartText]
    let bars: [ChartBar]
    /// What the chart shows, for screen readers.
    let description: String
}
