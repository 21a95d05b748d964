import DriftText
import Testing

@testable import DriftAlign

/// The word diff's work is bounded: long inputs are split between anchors or searched in a band,
/// and the operations still cover both sides exactly once, in order.
@Suite struct WordDifferBoundTests {
    private let tokenizer = try! Tokenizer()
    private let analyzer = try! TokenAnalyzer()

    private func items(_ string: String) -> (Text, [WordDiffer.Item]) {
        let text = Text(string)
        return (text, tokenizer.tokens(in: text).map { ($0, analyzer.features(of: $0, in: text)) })
    }

    /// Words from a small generator, so that the two sides are unrelated but share vocabulary.
    private func words(_ count: Int, seed: UInt64) -> String {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Self.word(Int((state >> 33) % 5_000))
        }.joined(separator: " ")
    }

    /// A distinct word of letters for each number: 0 → "a", 27 → "bb".
    private static func word(_ number: Int) -> String {
        var number = number
        var letters = ""
        repeat {
            letters.append(Character(Unicode.Scalar(UInt8(97 + number % 26))))
            number /= 26
        } while number > 0
        return letters
    }

    /// Every reference and version token is covered once, in order, by the operations.
    private func expectTiles(
        _ operations: [DiffOperation], _ reference: [WordDiffer.Item], _ version: [WordDiffer.Item]
    ) {
        var left = 0
        var right = 0
        for operation in operations {
            if let range = operation.reference {
                #expect(range.lowerBound == reference[left].token.range.lowerBound)
                while left < reference.count, reference[left].token.range.upperBound <= range.upperBound { left += 1 }
            }
            if let range = operation.version {
                #expect(range.lowerBound == version[right].token.range.lowerBound)
                while right < version.count, version[right].token.range.upperBound <= range.upperBound { right += 1 }
            }
        }
        #expect(left == reference.count)
        #expect(right == version.count)
    }

    @Test(arguments: [2_000, 8_000, 32_000])
    func unrelatedTextsFillABand(_ count: Int) {
        let differ = WordDiffer(maxCells: 1 << 16)
        let (_, reference) = items(words(count, seed: 1))
        let (_, version) = items(words(count, seed: 2))
        var cells = 0
        let operations = differ.diff(reference: reference, version: version, cells: &cells)
        // A full table would be count²; gaps between anchors of at most √maxCells tokens a side,
        // or a band, keep it within count · √maxCells.
        #expect(cells <= 2 * count * 256 + 4 * differ.maxCells)
        expectTiles(operations, reference, version)
    }

    @Test func aLongEditedCopyIsSplitAtAnchors() {
        let differ = WordDiffer(maxCells: 1 << 12)
        let original = (0..<3_000).map { "x" + Self.word($0) }
        var edited = original
        edited[100] = "changed"
        edited.remove(at: 2_000)
        edited.insert("added", at: 2_500)
        let (_, reference) = items(original.joined(separator: " "))
        let (_, version) = items(edited.joined(separator: " "))
        var cells = 0
        let operations = differ.diff(reference: reference, version: version, cells: &cells)
        #expect(cells < 3_000 * 50)
        expectTiles(operations, reference, version)
        let (referenceText, _) = items(original.joined(separator: " "))
        let (versionText, _) = items(edited.joined(separator: " "))
        let edits = operations.filter { $0.kind != .equal }.map {
            "\($0.kind):\($0.reference.map { referenceText[$0] } ?? "")→\($0.version.map { versionText[$0] } ?? "")"
        }
        #expect(edits == ["substituted:\(original[100])→changed", "deleted:\(original[2_000])→", "inserted:→added"])
    }

    @Test func smallInputsAreSearchedWhole() throws {
        let (_, reference) = items("the council cut the budget of the city")
        let (_, version) = items("the city council cut its budget")
        var cells = 0
        _ = WordDiffer().diff(reference: reference, version: version, cells: &cells)
        // The trimmed middle's full table, no more.
        #expect(cells <= (reference.count + 1) * (version.count + 1))
    }

    @Test func veryLongTokensCompareByEquality() {
        let long = String(repeating: "a", count: 10_000)
        let (_, reference) = items(long + "b")
        let (_, version) = items(long + "c")
        let operations = WordDiffer().diff(reference: reference, version: version)
        #expect(operations.count == 1)
        #expect(operations[0].kind == .substituted)
        #expect(operations[0].relation == .unrelated)
    }
}
