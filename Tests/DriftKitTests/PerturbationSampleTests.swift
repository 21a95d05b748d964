import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// The checked sample of the perturbation suite (`Fixtures/perturbations/sample.tsv`, four
/// rows per kind of controlled single edit): meaning edits come out `changed`, case,
/// punctuation and tokenisation never do.
@Suite struct PerturbationSampleTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var kind: String
        var changesMeaning: Bool
        var reference: String
        var edited: String
        var testDescription: String { "\(kind): \(edited.prefix(40))" }
    }

    static let rows: [Row] = {
        guard let text = try? Fixtures.string(Fixtures.path("perturbations/sample.tsv")) else { return [] }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return Row(kind: fields[0], changesMeaning: fields[1] == "changed", reference: fields[2], edited: fields[3])
        }
    }()

    static let wordNet = TestWordNet.shared

    /// A judge with WordNet (a judge is not thread-safe: one per test).
    func judge() throws -> PairJudge {
        try #require(Self.wordNet != nil, "wordnet-base is installed by make setup")
        return try PairJudge(wordNet: Self.wordNet)
    }

    @Test func theSampleHasEveryKind() {
        #expect(Self.rows.count == 104)
        #expect(Set(Self.rows.map(\.kind)).count == 26)
    }

    @Test(arguments: rows.filter { ["case", "punctuation", "tokenisation"].contains($0.kind) })
    func surfaceEditsAreNeverChanged(_ row: Row) throws {
        let judge = try judge()
        let judgement = judge.judge(reference: row.reference, candidate: row.edited)
        #expect(judgement.label != .changed, "\(judgement.evidence)")
    }

    /// Per class, the share the judge gets right: every meaning edit but one in twenty.
    @Test func meaningEditsAreChangedAndTheRestIsNot() throws {
        let judge = try judge()
        for changes in [true, false] {
            let rows = Self.rows.filter { $0.changesMeaning == changes }
            let wrong = rows.filter {
                (judge.judge(reference: $0.reference, candidate: $0.edited).label == .changed) != changes
            }
            #expect(
                Double(wrong.count) <= 0.05 * Double(rows.count),
                "\(changes ? "meaning edits" : "kept"): \(wrong.map(\.testDescription))")
        }
    }
}
