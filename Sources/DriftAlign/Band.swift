/// The cells of the alignment grid that the search visits: for each row `i` (reference
/// sentences consumed) the columns `lower[i]...upper[i]` (version sentences consumed).
struct Band {
    private(set) var lower: [Int]
    private(set) var upper: [Int]

    /// A band around the path through `anchors`: each gap between consecutive anchors is
    /// searched whole when it has at most `fullSearchCells` cells, else along its diagonal;
    /// `radius` more columns on each side.
    init(rows n: Int, columns m: Int, anchors: [(reference: Int, version: Int)], radius: Int, fullSearchCells: Int) {
        lower = [Int](repeating: Int.max, count: n + 1)
        upper = [Int](repeating: Int.min, count: n + 1)
        var points = [(row: 0, column: 0)]
        for anchor in anchors {
            points.append((anchor.reference, anchor.version))
            points.append((anchor.reference + 1, anchor.version + 1))
        }
        points.append((n, m))
        for (from, to) in zip(points, points.dropFirst()) {
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
        // Clip, make both bounds non-decreasing, and let consecutive rows overlap so that a
        // path always exists.
        for row in 0...n {
            lower[row] = max(0, min(lower[row], m))
            upper[row] = min(m, max(upper[row], 0))
        }
        lower[0] = 0
        upper[n] = m
        for row in stride(from: n - 1, through: 0, by: -1) { lower[row] = min(lower[row], lower[row + 1]) }
        for row in 1...max(n, 1) where row <= n { upper[row] = max(upper[row], upper[row - 1]) }
        for row in 0..<n where upper[row] < lower[row + 1] { upper[row] = lower[row + 1] }
    }

    private mutating func widen(_ row: Int, _ low: Int, _ high: Int) {
        lower[row] = min(lower[row], low)
        upper[row] = max(upper[row], high)
    }

    /// The number of cells in the band.
    var cellCount: Int { zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}
