/// The cells of the alignment grid that the search visits: for each row `i` (reference
/// sentences consumed) the columns `lower[i]...upper[i]` (version sentences consumed).
struct Band {
    private(set) var lower: [Int]
    private(set) var upper: [Int]

    /// A band around the path through `anchors`: each gap between consecutive anchors is
    /// searched whole when it has at most `fullSearchCells` cells, else along its diagonal;
    /// `radius` more columns on each side, `runRadius` inside a run of anchors on one diagonal
    /// (an anchor whose neighbours in the chain are the sentences just before and after it on
    /// both sides), where the path is plain and only a merge next to it is in doubt.
    init(
        rows n: Int, columns m: Int, anchors: [(reference: Int, version: Int)], radius: Int, runRadius: Int? = nil,
        fullSearchCells: Int
    ) {
        lower = [Int](repeating: Int.max, count: n + 1)
        upper = [Int](repeating: Int.min, count: n + 1)
        func follows(_ a: Int, _ b: Int) -> Bool {
            let rows = anchors[b].reference - anchors[a].reference
            return rows <= 4 && anchors[b].version - anchors[a].version == rows
        }
        var points = [(row: 0, column: 0, inRun: false)]
        for (index, anchor) in anchors.enumerated() {
            let inRun = index > 0 && index + 1 < anchors.count && follows(index - 1, index) && follows(index, index + 1)
            points.append((anchor.reference, anchor.version, inRun))
            points.append((anchor.reference + 1, anchor.version + 1, inRun))
        }
        points.append((n, m, false))
        for (from, to) in zip(points, points.dropFirst()) {
            let radius = from.inRun && to.inRun ? min(radius, runRadius ?? radius) : radius
            let rows = to.row - from.row
            let columns = to.column - from.column
            if rows == 0 || (rows + 1) * (columns + 1) <= fullSearchCells {
                for row in from.row...to.row { widen(row, from.column - radius, to.column + radius) }
            } else {
                let slope = (columns + rows - 1) / rows
                for row in from.row...to.row {
                    let center = from.column + (row - from.row) * columns / rows
                    widen(row, center - radius - slope, center + radius + slope)
                }
            }
        }
        // Clip, and let consecutive rows overlap so that a path always exists (along a row, then
        // down). The bounds need not grow monotonically: a wide stretch around a gap stays there.
        for row in 0...n {
            lower[row] = max(0, min(lower[row], m))
            upper[row] = min(m, max(upper[row], 0))
        }
        lower[0] = 0
        upper[n] = m
        for row in 0..<n {
            if upper[row] < lower[row + 1] { upper[row] = lower[row + 1] }
            if upper[row + 1] < lower[row] { upper[row + 1] = lower[row] }
        }
    }

    private mutating func widen(_ row: Int, _ low: Int, _ high: Int) {
        lower[row] = min(lower[row], low)
        upper[row] = max(upper[row], high)
    }

    /// The number of cells in the band.
    var cellCount: Int { zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}
