/// The dynamic programme over the band: the path of in-order links with the largest total gain
/// (see `AlignmentOptions`).
struct PathSearch {
    let options: AlignmentOptions
    let referenceGroups: SentenceGroups
    let versionGroups: SentenceGroups

    /// One step of a path: `type` starting at reference sentence `reference` and version
    /// sentence `version`.
    struct Step {
        var type: LinkType
        var reference: Int
        var version: Int
    }

    private static let moves: [LinkType] = [
        .oneToOne, .oneToTwo, .twoToOne, .twoToTwo, .oneToThree, .threeToOne, .omitted, .added,
    ]

    /// The cells of the band in one array, row by row.
    private struct Cells {
        let band: Band
        let rowStart: [Int]

        init(_ band: Band, rows n: Int) {
            self.band = band
            var rowStart = [Int](repeating: 0, count: n + 2)
            for row in 0...n { rowStart[row + 1] = rowStart[row] + band.upper[row] - band.lower[row] + 1 }
            self.rowStart = rowStart
        }

        var count: Int { rowStart[rowStart.count - 1] }

        /// The index of cell (i, j), or nil outside the band.
        func index(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, i < rowStart.count - 1, j >= band.lower[i], j <= band.upper[i] else { return nil }
            return rowStart[i] + j - band.lower[i]
        }
    }

    /// The best path from the start of both texts to their ends, inside `band`.
    func bestPath(band: Band) -> [Step] {
        let n = referenceGroups.count
        let m = versionGroups.count
        let cells = Cells(band, rows: n)
        var score = [Double](repeating: -.infinity, count: cells.count)
        var move = [UInt8](repeating: UInt8.max, count: cells.count)
        score[0] = 0
        for i in 0...n {
            for j in band.lower[i]...band.upper[i] where i > 0 || j > 0 {
                let here = cells.index(i, j)!
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard let from = cells.index(i - a, j - b), score[from] > -.infinity else { continue }
                    let total = score[from] + gain(type, reference: i - a, version: j - b)
                    if total > score[here] {
                        score[here] = total
                        move[here] = UInt8(index)
                    }
                }
            }
        }
        var steps: [Step] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let type = Self.moves[Int(move[cells.index(i, j)!])]
            let (a, b) = type.counts
            i -= a
            j -= b
            steps.append(Step(type: type, reference: i, version: j))
        }
        return steps.reversed()
    }

    /// The sentences of both texts where the meaning could overturn `path`, the best path by
    /// the words: those of every step of some path that would score more than `path` if each
    /// link off `path` had the similarity of embeddings with cosine `ceilingCosine`
    /// (`SimilarityModel.ceiling`), while the links of `path` kept theirs. Embeddings only raise
    /// similarities, so outside these sentences no cosine up to `ceilingCosine` can change the
    /// path. In order, each once.
    func contested(_ path: [Step], band: Band, ceilingCosine: Double) -> (reference: [Int], version: [Int]) {
        let n = referenceGroups.count
        let cells = Cells(band, rows: n)
        let moveCount = Self.moves.count
        // The moves of the path, and its score up to each of its cells.
        var onPath = Set<Int>()
        var prefix: [Int: Double] = [0: 0]
        var pathScore = 0.0
        for step in path {
            let (a, b) = step.type.counts
            let here = cells.index(step.reference + a, step.version + b)!
            onPath.insert(here * moveCount + Self.moves.firstIndex(of: step.type)!)
            pathScore += gain(step.type, reference: step.reference, version: step.version)
            prefix[here] = pathScore
        }
        // The gain of each move into each cell, raised to its ceiling off the path.
        var gains = [Double](repeating: -.infinity, count: cells.count * moveCount)
        for i in 0...n {
            for j in band.lower[i]...band.upper[i] {
                let here = cells.index(i, j)!
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard cells.index(i - a, j - b) != nil else { continue }
                    let key = here * moveCount + index
                    gains[key] =
                        onPath.contains(key)
                        ? gain(type, reference: i - a, version: j - b)
                        : gain(type, reference: i - a, version: j - b, ceilingCosine: ceilingCosine)
                }
            }
        }
        // The best scores into and out of each cell, on the path's own score wherever they
        // meet it: an alternative is weighed against the stretch of the path it replaces, not
        // helped by one elsewhere.
        var forward = [Double](repeating: -.infinity, count: cells.count)
        for i in 0...n {
            for j in band.lower[i]...band.upper[i] {
                let here = cells.index(i, j)!
                if let score = prefix[here] {
                    forward[here] = score
                    continue
                }
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard let from = cells.index(i - a, j - b) else { continue }
                    forward[here] = max(forward[here], forward[from] + gains[here * moveCount + index])
                }
            }
        }
        var backward = [Double](repeating: -.infinity, count: cells.count)
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
                let here = cells.index(i, j)!
                if let score = prefix[here] {
                    backward[here] = pathScore - score
                    continue
                }
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard let to = cells.index(i + a, j + b) else { continue }
                    backward[here] = max(backward[here], gains[to * moveCount + index] + backward[to])
                }
            }
        }
        var reference = Set<Int>()
        var version = Set<Int>()
        let margin = 1e-9 * max(1, abs(pathScore))
        for i in 0...n {
            for j in band.lower[i]...band.upper[i] {
                let here = cells.index(i, j)!
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard let from = cells.index(i - a, j - b),
                        forward[from] + gains[here * moveCount + index] + backward[here] > pathScore + margin
                    else { continue }
                    reference.formUnion((i - a)..<i)
                    version.formUnion((j - b)..<j)
                }
            }
        }
        return (reference.sorted(), version.sorted())
    }

    /// The gain of a link of `type` starting at the given sentences; with `ceilingCosine`, the
    /// most that embeddings of that cosine could make of it.
    private func gain(_ type: LinkType, reference i: Int, version j: Int, ceilingCosine: Double? = nil) -> Double {
        let (a, b) = type.counts
        guard a > 0 && b > 0 else { return 0 }
        let referenceProfile = referenceGroups.profile(i, count: a)
        let versionProfile = versionGroups.profile(j, count: b)
        let similarity =
            ceilingCosine.map { options.similarity.ceiling(referenceProfile, versionProfile, cosine: $0) }
            ?? options.similarity.similarity(referenceProfile, versionProfile)
        let merge = a * b == 1 ? 0 : options.mergePenalty * (a * b == 2 ? 1 : 2)
        let crossings = referenceGroups.paragraphStarts(i, count: a) + versionGroups.paragraphStarts(j, count: b)
        return (similarity - options.linkThreshold) * Double(a + b) / 2 - merge - options.paragraphPenalty
            * Double(crossings)
    }
}
