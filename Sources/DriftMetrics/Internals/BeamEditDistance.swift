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
/// prefix with it. Rows depend only on the prefix, so the results are the same.
struct BeamEditDistance {
    enum Operation: UInt8 {
        case match, substitution, insertion, deletion, undefined
    }

    private struct Cell {
        var cost: Int
        var operation: Operation
    }

    private static let infinity = 10_000_000_000_000_000

    private let reference: [Int32]
    private let lengthRatio: Double
    private let beam: Int
    private var baseWords: [Int32] = []
    private var baseRows: [[Cell]] = []

    init(reference: [Int32], hypothesisLength: Int) {
        self.reference = reference
        lengthRatio = hypothesisLength > 0 ? Double(reference.count) / Double(hypothesisLength) : 1
        beam = Double(TranslationEditRate.beamWidth) < lengthRatio / 2
            ? Int(ceil(lengthRatio / 2 + Double(TranslationEditRate.beamWidth))) : TranslationEditRate.beamWidth
    }

    /// The distance to `words` and its trace, with insertions and deletions flipped (the
    /// recipe for rewriting the reference into the hypothesis). Keeps the rows for `distance`.
    mutating func base(_ words: [Int32]) -> (distance: Int, trace: [Operation]) {
        let shared = commonPrefix(words)
        var rows = Array(baseRows.prefix(shared + 1))
        if rows.isEmpty { rows = [initialRow()] }
        fill(&rows, words: words)
        baseWords = words
        baseRows = rows

        var trace: [Operation] = []
        var i = words.count
        var j = reference.count
        while i > 0 || j > 0 {
            let operation = rows[i][j].operation
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
        return (rows[words.count][reference.count].cost, trace.reversed())
    }

    /// The distance to `words`, reusing the rows of the common prefix with the last base.
    func distance(_ words: [Int32]) -> Int {
        var rows = Array(baseRows.prefix(commonPrefix(words) + 1))
        if rows.isEmpty { rows = [initialRow()] }
        fill(&rows, words: words)
        return rows[words.count][reference.count].cost
    }

    private func commonPrefix(_ words: [Int32]) -> Int {
        var shared = 0
        let limit = min(words.count, baseWords.count)
        while shared < limit, words[shared] == baseWords[shared] { shared += 1 }
        return shared
    }

    private func initialRow() -> [Cell] {
        (0...reference.count).map { Cell(cost: $0, operation: .insertion) }
    }

    /// Computes the rows after those already in `rows`, inside the beam.
    private func fill(_ rows: inout [[Cell]], words: [Int32]) {
        let empty = [Cell](repeating: Cell(cost: Self.infinity, operation: .undefined), count: reference.count + 1)
        let start = rows.count
        guard start <= words.count else { return }
        for i in start...words.count {
            var row = empty
            let previous = rows[i - 1]
            let diagonal = Int(floor(Double(i) * lengthRatio))
            let lower = max(0, diagonal - beam)
            let upper = i == words.count ? reference.count + 1 : min(reference.count + 1, diagonal + beam)
            if lower < upper {
                for j in lower..<upper {
                    if j == 0 {
                        row[0] = Cell(cost: previous[0].cost + 1, operation: .deletion)
                        continue
                    }
                    let same = words[i - 1] == reference[j - 1]
                    let substitution = previous[j - 1].cost + (same ? 0 : 1)
                    if row[j].cost > substitution { row[j] = Cell(cost: substitution, operation: same ? .match : .substitution) }
                    let deletion = previous[j].cost + 1
                    if row[j].cost > deletion { row[j] = Cell(cost: deletion, operation: .deletion) }
                    let insertion = row[j - 1].cost + 1
                    if row[j].cost > insertion { row[j] = Cell(cost: insertion, operation: .insertion) }
                }
            }
            rows.append(row)
        }
    }
}
