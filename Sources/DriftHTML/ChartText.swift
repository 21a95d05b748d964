/// A text placed in an SVG chart.
struct ChartText: Encodable {
    let x: Int
    let y: Int
    let text: String
}
