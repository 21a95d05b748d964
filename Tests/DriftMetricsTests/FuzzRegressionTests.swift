import DriftMetrics
import DriftTestSupport
import Testing

/// Inputs the fuzzer found (Fixtures/fuzz/FuzzMetrics), read as the target reads them:
/// `options byte, hypotheses 0xFF references`, one segment per line.
@Suite struct FuzzRegressionTests {
    static let cases = ["ter-long-hypothesis", "ter-long-hypothesis-minimized"]

    @Test(arguments: cases)
    func terOfAHypothesisFarLongerThanItsReference(_ name: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.path("fuzz/FuzzMetrics/" + name))
        let options = bytes[0]
        let parts = bytes.dropFirst().split(separator: 0xFF, maxSplits: 1, omittingEmptySubsequences: false)
        let hypothesis = String(decoding: parts[0], as: UTF8.self)
        let reference = String(decoding: parts[1], as: UTF8.self)
        let ter = TER(
            tokenizer: TercomTokenizer(
                normalized: options & 8 != 0, noPunctuation: options & 16 != 0, asianSupport: options & 32 != 0,
                caseSensitive: options & 64 != 0))
        let score = ter.sentenceScore(hypothesis: hypothesis, references: [reference])
        #expect(score.score.isFinite)
        #expect(score.score >= 100)
    }

    /// 53 words against one: no shift can help, so every word is an edit.
    @Test func everyWordOfALongHypothesisIsAnEdit() {
        let hypothesis = Array(repeating: "a", count: 53).joined(separator: " ")
        let statistics = TER().statistics(hypothesis: hypothesis, references: ["b"])
        #expect(statistics == [53, 1])
    }
}
