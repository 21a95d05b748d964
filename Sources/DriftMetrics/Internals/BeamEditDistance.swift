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
/// prefix with it. Rows depend only on the prefix, so the results are the same. The matrix is
/// one flat buffer of `(hypothesis length + 1) × (reference length + 1)` cells.
struct BeamEditDistance {
    enum Operation: UInt8 {
        case match, substitution, insertion, deletion, undefined
    }

    private static let infinity = 10_000_000_000_000_000

    private let reference: [Int32]
    private let width: Int
    private let lengthRatio: Double
    private let beam: Int
    private var baseWords: [Int32] = []
    private var baseRows = 0
    private var costs: [Int]
    private var operations: [Operation]
    private var scratch: [Int]

    init(reference: [Int32], hypothesisLength: Int) {
        self.reference = reference
        width = reference.count + 1
        lengthRatio = hypothesisLength > 0 ? Double(reference.count) / Double(hypothesisLength) : 1
        beam = Double(TranslationEditRate.beamWidth) < lengthRatio / 2
            ? Int(ceil(lengthRatio / 2 + Double(TranslationEditRate.beamWidth))) : TranslationEditRate.beamWidth
        let cells = (hypothesisLength + 1) * width
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
            let operation = operations[i * width + j]
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
        return (costs[words.count * width + reference.count], trace.reversed())
    }

    /// The distance to `words`, reusing the rows of the common prefix with the last base.
    mutating func distance(_ words: [Int32]) -> Int {
        let first = commonPrefix(words) + 1
        let reused = first * width
        let geometry = geometry
        let costs = costs
        return scratch.withUnsafeMutableBufferPointer { scratch in
            costs.withUnsafeBufferPointer { costs in
                scratch.baseAddress!.update(from: costs.baseAddress!, count: reused)
            }
            Self.fill(costs: scratch, operations: nil, words: words, from: first, geometry)
            return scratch[(words.count + 1) * geometry.width - 1]
        }
    }

    private func commonPrefix(_ words: [Int32]) -> Int {
        var shared = 0
        let limit = min(words.count, baseWords.count, max(baseRows - 1, 0))
        while shared < limit, words[shared] == baseWords[shared] { shared += 1 }
        return shared
    }

    /// What `fill` needs besides the buffers.
    private struct Geometry {
        let reference: [Int32]
        let width: Int
        let lengthRatio: Double
        let beam: Int
    }

    private var geometry: Geometry {
        Geometry(reference: reference, width: width, lengthRatio: lengthRatio, beam: beam)
    }

    /// Computes rows `first…words.count` inside the beam; earlier rows are in place.
    private static func fill(
        costs: UnsafeMutableBufferPointer<Int>, operations: UnsafeMutableBufferPointer<Operation>?, words: [Int32],
        from first: Int, _ geometry: Geometry
    ) {
        guard first <= words.count else { return }
        let (width, lengthRatio, beam) = (geometry.width, geometry.lengthRatio, geometry.beam)
        geometry.reference.withUnsafeBufferPointer { reference in
            for i in first...words.count {
                let row = i * width
                let previous = row - width
                for j in 0..<width { costs[row + j] = Self.infinity }
                operations?.baseAddress!.advanced(by: row).update(repeating: .undefined, count: width)
                let diagonal = Int(floor(Double(i) * lengthRatio))
                let lower = max(0, diagonal - beam)
                let upper = i == words.count ? width : min(width, diagonal + beam)
                guard lower < upper else { continue }
                let word = words[i - 1]
                for j in lower..<upper {
                    if j == 0 {
                        costs[row] = costs[previous] + 1
                        operations?[row] = .deletion
                        continue
                    }
                    var cost = Self.infinity
                    var operation = Operation.undefined
                    let same = word == reference[j - 1]
                    let substitution = costs[previous + j - 1] + (same ? 0 : 1)
                    if cost > substitution {
                        cost = substitution
                        operation = same ? .match : .substitution
                    }
                    let deletion = costs[previous + j] + 1
                    if cost > deletion {
                        cost = deletion
                        operation = .deletion
                    }
                    let insertion = costs[row + j - 1] + 1
                    if cost > insertion {
                        cost = insertion
                        operation = .insertion
                    }
                    costs[row + j] = cost
                    operations?[row + j] = operation
                }
            }
        }
    }
}
