#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Word-level Levenshtein distance restricted to a beam around the (length-scaled) diagonal,
/// with the operation trace: sacreBLEU's `BeamEditDistance`.
///
/// sacreBLEU caches matrix rows of hypotheses with a common prefix; here the rows of the last
/// `base` hypothesis are kept, and every shifted candidate starts from the rows of its common
/// prefix with it. Rows depend only on the prefix, so the results are the same. Only the cells
/// inside the beam are stored (the first and last rows whole), one row after another in a flat
/// buffer; a cell outside the beam is infinitely far, as in sacreBLEU. So memory and time per
/// candidate grow with the hypothesis length times the beam, not with the two lengths' product.
struct BeamEditDistance {
    enum Operation: UInt8 {
        case match, substitution, insertion, deletion, undefined
    }

    private static let infinity = 10_000_000_000_000_000

    private let reference: [Int32]
    /// The rows' bands: row i holds columns `lower[i]..<upper[i]` from `start[i]` on.
    private let geometry: Geometry
    private var baseWords: [Int32] = []
    private var baseRows = 0
    private var costs: [Int]
    private var operations: [Operation]
    private var scratch: [Int]

    init(reference: [Int32], hypothesisLength: Int) {
        self.reference = reference
        let width = reference.count + 1
        let lengthRatio = hypothesisLength > 0 ? Double(reference.count) / Double(hypothesisLength) : 1
        let beam =
            Double(TranslationEditRate.beamWidth) < lengthRatio / 2
            ? Int(ceil(lengthRatio / 2 + Double(TranslationEditRate.beamWidth))) : TranslationEditRate.beamWidth
        var lower = [Int](repeating: 0, count: hypothesisLength + 1)
        var upper = [Int](repeating: width, count: hypothesisLength + 1)
        var start = [Int](repeating: 0, count: hypothesisLength + 2)
        for i in 0...hypothesisLength {
            if i > 0 {
                let diagonal = Int(floor(Double(i) * lengthRatio))
                lower[i] = min(max(0, diagonal - beam), width)
                upper[i] = max(lower[i], i == hypothesisLength ? width : min(width, diagonal + beam))
            }
            start[i + 1] = start[i] + upper[i] - lower[i]
        }
        geometry = Geometry(reference: reference, lower: lower, upper: upper, start: start)
        let cells = start[hypothesisLength + 1]
        costs = [Int](repeating: Self.infinity, count: cells)
        operations = [Operation](repeating: .undefined, count: cells)
        scratch = [Int](repeating: Self.infinity, count: cells)
        for j in 0..<width {
            costs[j] = j
            operations[j] = .insertion
            scratch[j] = j
        }
    }

    /// The distance to `words` and its trace, with insertions and deletions flipped (the
    /// recipe for rewriting the reference into the hypothesis). Keeps the rows for `distance`.
    mutating func base(_ words: [Int32]) -> (distance: Int, trace: [Operation]) {
        let first = commonPrefix(words) + 1
        baseWords = words
        baseRows = words.count + 1
        let geometry = geometry
        costs.withUnsafeMutableBufferPointer { costs in
            operations.withUnsafeMutableBufferPointer { operations in
                Self.fill(costs: costs, operations: operations, words: words, from: first, geometry)
            }
        }
        var trace: [Operation] = []
        var i = words.count
        var j = reference.count
        while i > 0 || j > 0 {
            let operation = geometry.cell(i, j).map { operations[$0] } ?? .undefined
            switch operation {
            case .match, .substitution:
                i -= 1
                j -= 1
                trace.append(operation)
            case .insertion:
                j -= 1
                trace.append(.deletion)
            case .deletion:
                i -= 1
                trace.append(.insertion)
            case .undefined:
                i = 0
                j = 0
            }
        }
        return (geometry.cell(words.count, reference.count).map { costs[$0] } ?? Self.infinity, trace.reversed())
    }

    /// The distance to `words`, reusing the rows of the common prefix with the last base.
    mutating func distance(_ words: [Int32]) -> Int {
        let first = commonPrefix(words) + 1
        let geometry = geometry
        let reused = geometry.start[first]
        let costs = costs
        return scratch.withUnsafeMutableBufferPointer { scratch in
            costs.withUnsafeBufferPointer { costs in
                scratch.baseAddress!.update(from: costs.baseAddress!, count: reused)
            }
            Self.fill(costs: scratch, operations: nil, words: words, from: first, geometry)
            return geometry.cell(words.count, reference.count).map { scratch[$0] } ?? Self.infinity
        }
    }

    private func commonPrefix(_ words: [Int32]) -> Int {
        var shared = 0
        let limit = min(words.count, baseWords.count, max(baseRows - 1, 0))
        while shared < limit, words[shared] == baseWords[shared] { shared += 1 }
        return shared
    }

    /// The reference and where each row's band lies in the buffers.
    private struct Geometry {
        let reference: [Int32]
        let lower: [Int]
        let upper: [Int]
        let start: [Int]

        /// The buffer index of cell (i, j), or nil outside the beam.
        func cell(_ i: Int, _ j: Int) -> Int? {
            guard i < lower.count, j >= lower[i], j < upper[i] else { return nil }
            return start[i] + j - lower[i]
        }
    }

    /// Computes rows `first…words.count` inside the beam; earlier rows are in place.
    private static func fill(
        costs: UnsafeMutableBufferPointer<Int>, operations: UnsafeMutableBufferPointer<Operation>?, words: [Int32],
        from first: Int, _ geometry: Geometry
    ) {
        guard first <= words.count else { return }
        geometry.reference.withUnsafeBufferPointer { reference in
            for i in first...words.count {
                let (lower, upper, row) = (geometry.lower[i], geometry.upper[i], geometry.start[i])
                let (previousLower, previousUpper, previous) = (
                    geometry.lower[i - 1], geometry.upper[i - 1], geometry.start[i - 1]
                )
                /// The cost of cell (i - 1, j): infinite outside the previous row's band.
                func above(_ j: Int) -> Int {
                    j >= previousLower && j < previousUpper ? costs[previous + j - previousLower] : Self.infinity
                }
                let word = words[i - 1]
                for j in lower..<upper {
                    let here = row + j - lower
                    if j == 0 {
                        costs[here] = above(0) + 1
                        operations?[here] = .deletion
                        continue
                    }
                    var cost = Self.infinity
                    var operation = Operation.undefined
                    let same = word == reference[j - 1]
                    let substitution = above(j - 1) + (same ? 0 : 1)
                    if cost > substitution {
                        cost = substitution
                        operation = same ? .match : .substitution
                    }
                    let deletion = above(j) + 1
                    if cost > deletion {
                        cost = deletion
                        operation = .deletion
                    }
                    let insertion = j > lower ? costs[here - 1] + 1 : Self.infinity
                    if cost > insertion {
                        cost = insertion
                        operation = .insertion
                    }
                    costs[here] = cost
                    operations?[here] = operation
                }
            }
        }
    }
}
