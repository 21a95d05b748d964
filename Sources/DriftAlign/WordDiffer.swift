public import DriftText

/// Token-level diff of two token sequences that prefers to pair related tokens.
///
/// A weighted edit distance: pairing tokens costs by their `TokenRelation` (identical 0, folded
/// 0.1, stem or name 0.3, spelling 0.6, unrelated words 1.5), an insertion or a deletion 1. So
/// "in Amber province" against "in Anbar province" pairs the names as one substitution instead
/// of deleting one and inserting the other, and an unrelated word in the same place is a
/// substitution rather than a deletion plus an insertion. Consecutive operations of the same kind
/// and relation are merged into one.
///
/// The work is bounded: identical tokens at both ends are paired first; a middle of more than
/// `maxCells` table cells is split between anchors (tokens written the same that occur once on
/// each side, the longest chain in order, as in patience diff), and a gap still too large, or
/// one without anchors, is searched in a band around its diagonal of about `maxCells` cells.
/// So two unrelated texts of n tokens cost O(n · √maxCells) cells at most, not n².
public struct WordDiffer: Sendable {
    /// The largest table searched whole.
    public let maxCells: Int

    /// Creates a differ.
    ///
    /// - Parameter maxCells: The largest table searched whole (at least 64); larger inputs are
    ///   split between anchors or searched along the diagonal.
    public init(maxCells: Int = 1 << 20) {
        self.maxCells = max(64, maxCells)
    }

    /// A token with its features.
    public typealias Item = (token: Token, features: TokenFeatures)

    /// The diff of `reference` against `version`; each token comes with its features.
    public func diff(reference: [Item], version: [Item]) -> [DiffOperation] {
        var cells = 0
        return diff(reference: reference, version: version, cells: &cells)
    }

    /// The diff, counting the table cells filled into `cells`.
    func diff(reference: [Item], version: [Item], cells: inout Int) -> [DiffOperation] {
        var steps: [DiffOperation] = []
        steps.reserveCapacity(max(reference.count, version.count))
        diff(reference[...], version[...], depth: 0, into: &steps, cells: &cells)
        return Self.merged(steps)
    }

    /// How many times the gaps between anchors are split again before the band takes over.
    private static let maxDepth = 8

    private func diff(
        _ a: ArraySlice<Item>, _ b: ArraySlice<Item>, depth: Int, into steps: inout [DiffOperation], cells: inout Int
    ) {
        var a = a
        var b = b
        var prefix = 0
        while prefix < min(a.count, b.count),
            a[a.startIndex + prefix].features.text == b[b.startIndex + prefix].features.text
        { prefix += 1 }
        for k in 0..<prefix { steps.append(Self.equal(a[a.startIndex + k], b[b.startIndex + k])) }
        a = a.dropFirst(prefix)
        b = b.dropFirst(prefix)
        var suffix = 0
        while suffix < min(a.count, b.count),
            a[a.endIndex - 1 - suffix].features.text == b[b.endIndex - 1 - suffix].features.text
        { suffix += 1 }
        let tail = zip(a.suffix(suffix), b.suffix(suffix)).map { Self.equal($0, $1) }
        a = a.dropLast(suffix)
        b = b.dropLast(suffix)
        if a.count * b.count <= maxCells {
            table(a, b, radius: nil, into: &steps, cells: &cells)
        } else if depth < Self.maxDepth, case let anchors = Self.anchors(a, b), !anchors.isEmpty {
            var (i, j) = (a.startIndex, b.startIndex)
            for (x, y) in anchors {
                diff(a[i..<x], b[j..<y], depth: depth + 1, into: &steps, cells: &cells)
                steps.append(Self.equal(a[x], b[y]))
                (i, j) = (x + 1, y + 1)
            }
            diff(a[i...], b[j...], depth: depth + 1, into: &steps, cells: &cells)
        } else {
            table(a, b, radius: maxCells / (2 * max(a.count, b.count)), into: &steps, cells: &cells)
        }
        steps += tail
    }

    private static func equal(_ x: Item, _ y: Item) -> DiffOperation {
        DiffOperation(kind: .equal, relation: .identical, reference: x.token.range, version: y.token.range)
    }

    /// Tokens written the same that occur once on each side: the longest chain of them in order
    /// on both sides, as index pairs.
    private static func anchors(_ a: ArraySlice<Item>, _ b: ArraySlice<Item>) -> [(Int, Int)] {
        var counts: [String: (a: Int, b: Int, index: Int)] = [:]
        for i in a.indices { counts[a[i].features.text, default: (0, 0, i)].a += 1 }
        for j in b.indices { counts[b[j].features.text]?.b += 1 }
        var unique: [(Int, Int)] = []
        for j in b.indices {
            if let entry = counts[b[j].features.text], entry.a == 1, entry.b == 1 { unique.append((entry.index, j)) }
        }
        unique.sort { $0.0 < $1.0 }
        // Longest chain increasing in `b` (patience sorting).
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: unique.count)
        for (k, pair) in unique.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if unique[tails[mid]].1 < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[k] = tails[low - 1] }
            if low == tails.count { tails.append(k) } else { tails[low] = k }
        }
        var chain: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 {
            chain.append(unique[k])
            k = previous[k]
        }
        return chain.reversed()
    }

    /// The weighted edit distance of `a` and `b` by dynamic programming, whole (`radius` nil) or
    /// in a band of `radius` columns (widened to the slope) around the diagonal.
    private func table(
        _ a: ArraySlice<Item>, _ b: ArraySlice<Item>, radius: Int?, into steps: inout [DiffOperation], cells: inout Int
    ) {
        let n = a.count
        let m = b.count
        // Columns lower[i]...upper[i] of row i are searched; each row's range starts no later
        // than one past the previous row's end, so a path always exists.
        var lower = [Int](repeating: 0, count: n + 1)
        var upper = [Int](repeating: m, count: n + 1)
        if let radius, n > 0 {
            let reach = max(radius, 1) + (m + n - 1) / n
            for i in 0...n {
                let center = i * m / n
                lower[i] = max(0, center - reach)
                upper[i] = min(m, center + reach)
            }
            lower[0] = 0
            upper[n] = m
        }
        var offset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offset[i + 1] = offset[i] + upper[i] - lower[i] + 1 }
        let count = offset[n + 1]
        cells += count
        var cost = [Float](repeating: .infinity, count: count)
        // 0 pair, 1 delete (reference token), 2 insert (version token).
        var move = [UInt8](repeating: 0, count: count)
        var relations = [TokenRelation](repeating: .unrelated, count: count)
        func cell(_ i: Int, _ j: Int) -> Int? {
            j >= lower[i] && j <= upper[i] ? offset[i] + j - lower[i] : nil
        }
        for i in 0...n {
            for j in lower[i]...upper[i] {
                let here = offset[i] + j - lower[i]
                guard i > 0 || j > 0 else {
                    cost[here] = 0
                    continue
                }
                var best = Float.infinity
                var choice: UInt8 = 0
                if i > 0, j > 0, let diagonal = cell(i - 1, j - 1) {
                    let x = a[a.startIndex + i - 1].features
                    let y = b[b.startIndex + j - 1].features
                    let relation = Self.relation(x, y)
                    relations[here] = relation
                    best = cost[diagonal] + Self.cost(relation, x, y)
                }
                if i > 0, let above = cell(i - 1, j), cost[above] + 1 < best {
                    best = cost[above] + 1
                    choice = 1
                }
                if j > 0, j - 1 >= lower[i], cost[here - 1] + 1 < best {
                    best = cost[here - 1] + 1
                    choice = 2
                }
                cost[here] = best
                move[here] = choice
            }
        }
        var backwards: [DiffOperation] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let here = offset[i] + j - lower[i]
            switch move[here] {
            case 0:
                let relation = relations[here]
                backwards.append(
                    DiffOperation(
                        kind: relation == .identical ? .equal : .substituted, relation: relation,
                        reference: a[a.startIndex + i - 1].token.range, version: b[b.startIndex + j - 1].token.range))
                i -= 1
                j -= 1
            case 1:
                backwards.append(
                    DiffOperation(
                        kind: .deleted, relation: nil, reference: a[a.startIndex + i - 1].token.range, version: nil))
                i -= 1
            default:
                backwards.append(
                    DiffOperation(
                        kind: .inserted, relation: nil, reference: nil, version: b[b.startIndex + j - 1].token.range))
                j -= 1
            }
        }
        steps += backwards.reversed()
    }

    /// How close two tokens are.
    public static func relation(_ a: TokenFeatures, _ b: TokenFeatures) -> TokenRelation {
        if a.text == b.text { return .identical }
        if a.folded == b.folded { return .folded }
        guard a.kind == .word && b.kind == .word else { return .unrelated }
        if a.stem == b.stem { return .stem }
        if a.isCapitalized && b.isCapitalized && a.nameSkeleton == b.nameSkeleton { return .name }
        if min(a.folded.utf8.count, b.folded.utf8.count) >= 4 && Self.spellingSimilarity(a.folded, b.folded) >= 0.6 {
            return .spelling
        }
        return .unrelated
    }

    /// The longest word (in UTF-8 bytes) compared by spelling; longer ones are a run of
    /// letters (a URL, a hash, a blob) that only an identical or folded twin matches.
    public static let maxSpellingLength = 64

    private static func cost(_ relation: TokenRelation, _ a: TokenFeatures, _ b: TokenFeatures) -> Float {
        switch relation {
        case .identical: 0
        case .folded: 0.1
        case .stem, .name: 0.3
        case .spelling: 0.6
        case .unrelated: a.kind == b.kind ? 1.5 : 2.5
        }
    }

    /// 1 − Levenshtein distance / longer length, over UTF-8 bytes: 1 for equal strings. Strings
    /// longer than `maxSpellingLength` bytes are runs of letters (a URL, a hash, a blob), not
    /// words: 1 when equal, else 0.
    public static func spellingSimilarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        guard max(x.count, y.count) <= maxSpellingLength else { return x == y ? 1 : 0 }
        return 1 - Double(editDistance(x, y)) / Double(max(x.count, y.count))
    }

    /// The Levenshtein distance of two sequences: insertions, deletions and substitutions.
    public static func editDistance<Element: Equatable>(_ x: [Element], _ y: [Element]) -> Int {
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Runs of the same kind and relation joined into one operation.
    private static func merged(_ steps: some Sequence<DiffOperation>) -> [DiffOperation] {
        var result: [DiffOperation] = []
        for step in steps {
            if var last = result.last, last.kind == step.kind, last.relation == step.relation {
                last.reference = joined(last.reference, step.reference)
                last.version = joined(last.version, step.version)
                result[result.count - 1] = last
            } else {
                result.append(step)
            }
        }
        return result
    }

    private static func joined(_ a: Range<Int>?, _ b: Range<Int>?) -> Range<Int>? {
        guard let a, let b else { return a ?? b }
        return a.lowerBound..<b.upperBound
    }
}
