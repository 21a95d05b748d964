import Mustache

/// The overview's SVG chart: per version a bar each for coverage, drift and garble, with the
/// values written beside the bars.
struct BarChart {
    let width: Int
    let height: Int
    /// The versions' names, one per group of bars.
    let labels: [ChartText]
    let bars: [ChartBar]
    /// What the chart shows, for screen readers.
    let description: String
}

/// Fields by name without reflection (see `TextPiece`).
extension BarChart: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "width": width
        case "height": height
        case "labels": labels
        case "bars": bars
        case "description": description
        default: nil
        }
    }
}
