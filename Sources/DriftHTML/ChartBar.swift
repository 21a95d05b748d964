import Mustache

/// One bar of the chart: a measure of a version, drawn and written.
struct ChartBar {
    let x: Int
    let y: Int
    let width: Int
    let height: Int
    /// `coverage`, `drift` or `garble`, the CSS class that colours the bar.
    let measure: String
    /// `drift 0.36`, written right of the bar.
    let value: ChartText
}

/// Fields by name without reflection (see `TextPiece`).
extension ChartBar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "width": width
        case "height": height
        case "measure": measure
        case "value": value
        default: nil
        }
    }
}
