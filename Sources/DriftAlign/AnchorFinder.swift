/// Finds anchors: 1-1 pairs of sentences so alike that the alignment path surely passes near
/// them, forming the longest chain that is increasing on both sides.
struct AnchorFinder {
    let model: SimilarityModel
    let threshold: Double

    /// Anchor pairs `(reference, version)`, strictly increasing on both sides.
    func anchors(reference: [SentenceProfile], version: [SentenceProfile]) -> [(reference: Int, version: Int)] {
        let index = CandidateIndex(version)
        var pairs: [(reference: Int, version: Int, weight: Double)] = []
        for (i, profile) in reference.enumerated() {
            let scored = index.candidates(for: profile).map { ($0, model.similarity(profile, version[$0])) }
            guard let best = scored.map(\.1).max(), best >= threshold else { continue }
            // Ties (a text repeated, a sentence said twice) all stay; the chain picks one.
            for (j, similarity) in scored where similarity >= best - 0.02 {
                pairs.append((i, j, similarity))
            }
        }
        return Self.heaviestIncreasingChain(pairs, versionCount: version.count)
    }

    /// The chain of pairs increasing on both sides with the largest total weight, by dynamic
    /// programming over a Fenwick tree of prefix maxima: O(k log m) for k pairs.
    static func heaviestIncreasingChain(
        _ pairs: [(reference: Int, version: Int, weight: Double)], versionCount: Int
    ) -> [(reference: Int, version: Int)] {
        guard !pairs.isEmpty else { return [] }
        var tree = [(total: Double, pair: Int)](repeating: (0, -1), count: versionCount + 1)
        func best(before version: Int) -> (total: Double, pair: Int) {
            var result: (total: Double, pair: Int) = (0, -1)
            var k = version
            while k > 0 {
                if tree[k].total > result.total { result = tree[k] }
                k -= k & -k
            }
            return result
        }
        func record(_ entry: (total: Double, pair: Int), at version: Int) {
            var k = version + 1
            while k <= versionCount {
                if entry.total > tree[k].total { tree[k] = entry }
                k += k & -k
            }
        }
        var totals = [Double](repeating: 0, count: pairs.count)
        var previous = [Int](repeating: -1, count: pairs.count)
        var start = 0
        while start < pairs.count {
            var end = start
            while end < pairs.count && pairs[end].reference == pairs[start].reference { end += 1 }
            for p in start..<end {
                let before = best(before: pairs[p].version)
                totals[p] = before.total + pairs[p].weight
                previous[p] = before.pair
            }
            for p in start..<end { record((totals[p], p), at: pairs[p].version) }
            start = end
        }
        var chain: [(reference: Int, version: Int)] = []
        var p = totals.indices.max { totals[$0] < totals[$1] } ?? -1
        while p >= 0 {
            chain.append((pairs[p].reference, pairs[p].version))
            p = previous[p]
        }
        return chain.reversed()
    }
}
