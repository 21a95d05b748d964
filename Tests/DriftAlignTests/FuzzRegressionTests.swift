import DriftAlign
import DriftTestSupport
import DriftText
import Testing

/// Inputs the fuzzer found (Fixtures/fuzz/FuzzAligner), split in the middle as the target does.
@Suite struct AlignerFuzzRegressionTests {
    /// Equal bags whose weights add up in another order must not score a hair above 1.
    @Test func similaritiesStayWithinOne() throws {
        let bytes = try Fixtures.bytes(Fixtures.path("fuzz/FuzzAligner/similarity-above-one"))
        let half = bytes.count / 2
        let reference = Text(String(decoding: bytes[..<half], as: UTF8.self))
        let version = Text(String(decoding: bytes[half...], as: UTF8.self))
        let alignment = try Aligner().align(reference: reference, version: version)
        #expect(!alignment.links.isEmpty)
        for link in alignment.links {
            guard let similarity = link.similarity else { continue }
            #expect((0...1).contains(similarity.words))
            #expect((0...1).contains(similarity.value))
        }
    }
}
