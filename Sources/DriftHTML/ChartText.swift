import Mustache

/// A text placed in an SVG chart.
struct ChartText {
    let x: Int
    let y: Int
    let text: String
}

/// Fields by name without reflection (see `TextPiece`).
extension ChartText: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "x": x
        case "y": y
        case "text": text
        default: nil
        }
    }
}
