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

    /// The best path from the start of both texts to their ends, inside `band`.
    func bestPath(band: Band) -> [Step] {
        let n = referenceGroups.count
        let m = versionGroups.count
        var rowStart = [Int](repeating: 0, count: n + 2)
        for row in 0...n { rowStart[row + 1] = rowStart[row] + band.upper[row] - band.lower[row] + 1 }
        var score = [Double](repeating: -.infinity, count: rowStart[n + 1])
        var move = [UInt8](repeating: UInt8.max, count: rowStart[n + 1])
        func cell(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, j >= band.lower[i], j <= band.upper[i] else { return nil }
            return rowStart[i] + j - band.lower[i]
        }
        score[0] = 0
        for i in 0...n {
            for j in band.lower[i]...band.upper[i] where i > 0 || j > 0 {
                let here = rowStart[i] + j - band.lower[i]
                for (index, type) in Self.moves.enumerated() {
                    let (a, b) = type.counts
                    guard let from = cell(i - a, j - b), score[from] > -.infinity else { continue }
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
            let type = Self.moves[Int(move[cell(i, j)!])]
            let (a, b) = type.counts
            i -= a
            j -= b
            steps.append(Step(type: type, reference: i, version: j))
        }
        return steps.reversed()
    }

    /// The gain of a link of `type` starting at the given sentences.
    private func gain(_ type: LinkType, reference i: Int, version j: Int) -> Double {
        let (a, b) = type.counts
        guard a > 0 && b > 0 else { return 0 }
        let similarity = options.similarity.similarity(
            referenceGroups.profile(i, count: a), versionGroups.profile(j, count: b))
        let merge = a * b == 1 ? 0 : options.mergePenalty * (a * b == 2 ? 1 : 2)
        let crossings = referenceGroups.paragraphStarts(i, count: a) + versionGroups.paragraphStarts(j, count: b)
        return (similarity - options.linkThreshold) * Double(a + b) / 2 - merge - options.paragraphPenalty
            * Double(crossings)
    }
}
