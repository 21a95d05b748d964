import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// The seeds with 002 (the agency story) as the reference: 000 is an AI paraphrase of the
/// full story, 001 a machine translation of it with errors, 003 a summary, 004 another outlet's
/// article on the same event.
@Suite struct SeedComparisonTests {
    static let results: [String: VersionComparison] = {
        let reference = Fixtures.seed("002_afb0eaf99028a645.txt")
        let versions = Fixtures.seedNames.map(Fixtures.seed).filter { $0 != reference }
        guard let comparison = try? Comparison(wordNet: TestWordNet.shared),
            let documents = try? ([reference] + versions).map({ try Document(contentsOf: $0) })
        else { return [:] }
        let compared = comparison.compare(reference: documents[0], versions: Array(documents.dropFirst())).versions
        return Dictionary(
            uniqueKeysWithValues: compared.map { (String($0.path.split(separator: "/").last!.prefix(3)), $0) })
    }()

    static func result(_ seed: String) throws -> VersionComparison {
        try #require(results[seed], "seed \(seed) was not compared")
    }

    static func garbledLinks(_ seed: String) throws -> Int {
        try result(seed).links.count { $0.label == .garbled }
    }

    @Test(arguments: [
        ("000", [Verdict.paraphrase, .faithful]),
        ("001", [.machineTranslationWithErrors]),
        ("003", [.summary]),
        ("004", [.partialOverlap]),
    ])
    func verdicts(_ seed: String, _ expected: [Verdict]) throws {
        let judgement = try Self.result(seed).judgement
        #expect(expected.contains(judgement.verdict), "\(seed): \(judgement.reason)")
    }

    @Test func theParaphraseHasNoGarbledSentence() throws {
        #expect(try Self.garbledLinks("000") == 0)
    }

    @Test func theMachineTranslationHasTheMostGarbledSentences() throws {
        let mt = try Self.garbledLinks("001")
        for seed in ["000", "003", "004"] {
            #expect(try Self.garbledLinks(seed) < mt, "\(seed)")
        }
        let amber = try #require(
            try Self.result("001").links.first {
                $0.evidence.contains(.replaced(.mangledName, reference: "Anbar", version: "Amber"))
            })
        #expect(amber.label == .garbled)
    }

    @Test func theParaphraseAndTheTranslationKeepMoreThanTheSummaryAndTheOtherArticle() throws {
        let kept = try ["000", "001"].map { try Self.result($0).judgement.coverage }
        let partial = try ["003", "004"].map { try Self.result($0).judgement.coverage }
        #expect(kept.min()! > partial.max()!)
    }

    @Test(arguments: ["000", "001", "003", "004"])
    func judgementsAreConsistent(_ seed: String) throws {
        let result = try Self.result(seed)
        let judgement = result.judgement
        #expect(result.links.count == result.alignment.links.count)
        for value in [judgement.coverage, judgement.drift, judgement.garble, judgement.additions, judgement.omissions] {
            #expect((0...1).contains(value))
        }
        #expect(judgement.labels.values.reduce(0, +) == result.links.count)
        #expect(judgement.coverage + judgement.omissions <= 1 + 1e-9)
        for link in result.links where link.link.type == .omitted {
            #expect(link.label == .omitted && link.versionWords == 0)
        }
        #expect(!judgement.reason.isEmpty)
    }
}
