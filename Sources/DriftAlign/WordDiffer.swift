public import DriftText

/// Token-level diff of two token sequences that prefers to pair related tokens.
///
/// A weighted edit distance: pairing tokens costs by their `TokenRelation` (identical 0, folded
/// 0.1, stem or name 0.3, spelling 0.6, unrelated words 1.5), an insertion or a deletion 1. So
/// "in Amber province" against "in Anbar province" pairs the names as one substitution instead
/// of deleting one and inserting the other, and an unrelated word in the same place is a
/// substitution rather than a deletion plus an insertion. Consecutive operations of the same kind
/// and relation are merged into one.
public struct WordDiffer: Sendable {
    public init() {}

    /// The diff of `reference` against `version`; each token comes with its features.
    public func diff(
        reference: [(token: Token, features: TokenFeatures)], version: [(token: Token, features: TokenFeatures)]
    ) -> [DiffOperation] {
        let n = reference.count
        let m = version.count
        let width = m + 1
        var cost = [Float](repeating: 0, count: (n + 1) * width)
        // 0 pair, 1 delete (reference token), 2 insert (version token).
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        var relations = [TokenRelation](repeating: .unrelated, count: (n + 1) * width)
        for i in 1...max(n, 1) where i <= n {
            cost[i * width] = Float(i)
            move[i * width] = 1
        }
        for j in 1...max(m, 1) where j <= m {
            cost[j] = Float(j)
            move[j] = 2
        }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let relation = Self.relation(reference[i - 1].features, version[j - 1].features)
                    let pair = cost[(i - 1) * width + j - 1] + Self.cost(relation, reference[i - 1].features, version[j - 1].features)
                    let delete = cost[(i - 1) * width + j] + 1
                    let insert = cost[i * width + j - 1] + 1
                    let cell = i * width + j
                    relations[cell] = relation
                    if pair <= delete && pair <= insert {
                        cost[cell] = pair
                        move[cell] = 0
                    } else if delete <= insert {
                        cost[cell] = delete
                        move[cell] = 1
                    } else {
                        cost[cell] = insert
                        move[cell] = 2
                    }
                }
            }
        }
        var steps: [DiffOperation] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let cell = i * width + j
            switch move[cell] {
            case 0:
                let relation = relations[cell]
                steps.append(DiffOperation(
                    kind: relation == .identical ? .equal : .substituted, relation: relation,
                    reference: reference[i - 1].token.range, version: version[j - 1].token.range))
                i -= 1
                j -= 1
            case 1:
                steps.append(DiffOperation(kind: .deleted, relation: nil, reference: reference[i - 1].token.range, version: nil))
                i -= 1
            default:
                steps.append(DiffOperation(kind: .inserted, relation: nil, reference: nil, version: version[j - 1].token.range))
                j -= 1
            }
        }
        return Self.merged(steps.reversed())
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

    private static func cost(_ relation: TokenRelation, _ a: TokenFeatures, _ b: TokenFeatures) -> Float {
        switch relation {
        case .identical: 0
        case .folded: 0.1
        case .stem, .name: 0.3
        case .spelling: 0.6
        case .unrelated: a.kind == b.kind ? 1.5 : 2.5
        }
    }

    /// 1 − Levenshtein distance / longer length, over UTF-8 bytes: 1 for equal strings.
    public static func spellingSimilarity(_ a: String, _ b: String) -> Double {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
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
