import DriftChecks
import DriftKit
import DriftTestSupport
import Testing

/// Findings against what the other versions agree on, where the reference lacks the sentence.
@Suite struct ConsensusCheckTests {
    static let reference =
        "The council met on Monday. It approved 45 new homes near the river. Mayor Anna Berg said the plan would go ahead."
    /// Versions that add a sentence the reference lacks; `deviant` words it otherwise.
    static func version(_ added: String) -> String {
        "The council met on Monday. It approved 45 new homes near the river. \(added) Mayor Anna Berg said the plan would go ahead."
    }
    static let agreed = "Residents had asked for the homes since 2019, said Carl Jansson."

    static func findings(_ versions: [String]) throws -> [[Finding]] {
        let comparison = try Comparison(wordNet: nil)
        let report = comparison.compare(
            reference: Document(path: "reference.txt", string: reference),
            versions: versions.enumerated().map { Document(path: "v\($0.offset).txt", string: $0.element) })
        return report.versions.map { $0.findings.filter { $0.check == .consensus } }
    }

    @Test func aNumberAndANegationAgainstTwoWitnesses() throws {
        let deviant = "Residents had not asked for the homes since 2018, said Carl Jansson."
        let found = try Self.findings([
            Self.version(Self.agreed), Self.version(deviant), Self.version(Self.agreed + " "),
        ])
        #expect(found[0].isEmpty && found[2].isEmpty)
        let messages = found[1].map(\.message).sorted()
        #expect(
            messages == [
                "“2018” where 2 of 2 other versions have “2019”", "“not” added: 2 of 2 other versions say it without",
            ])
        #expect(found[1].map(\.severity) == [.major, .major])
        #expect(found[1].map { $0.witnesses.map(\.witness) } == [[0, 1], [0, 1]])
        #expect(found[1].first { $0.message.hasPrefix("“2018”") }?.suggestion == "2019")
    }

    @Test func aNameAndItsTransliteration() throws {
        let other = "Residents had asked for the homes since 2019, said Carl Johnson."
        let variant = "Residents had asked for the homes since 2019, said Carl Jansson."
        let found = try Self.findings([
            Self.version("Residents had asked for the homes since 2019, said Carl Jonsson."), Self.version(other),
            Self.version(variant), Self.version("Residents had asked for the homes since 2019, said Carl Jonsson  ."),
        ])
        #expect(found[1].map(\.severity) == [.major], "\(found[1].map(\.message))")
        #expect(found[1].first?.message.contains("“Johnson” where") == true)
    }

    /// A copy of a version is not a second witness, and one witness settles nothing.
    @Test func aCopyIsNoSecondWitness() throws {
        let deviant = "Residents had asked for the homes since 2018, said Carl Jansson."
        let found = try Self.findings([Self.version(Self.agreed), Self.version(Self.agreed), Self.version(deviant)])
        #expect(found.joined().isEmpty)
    }

    /// Paraphrases each in their own words have no consensus to deviate from: the seeds, with
    /// the agency story as the reference, get no such finding.
    @Test func paraphrasesAreNoDeviations() throws {
        let names = Fixtures.seedNames.filter { $0 != "002_afb0eaf99028a645.txt" }
        let comparison = try Comparison(wordNet: TestWordNet.shared)
        let report = comparison.compare(
            reference: try Document(contentsOf: Fixtures.seed("002_afb0eaf99028a645.txt")),
            versions: try names.map { try Document(contentsOf: Fixtures.seed($0)) })
        let consensus = report.versions.flatMap(\.findings).filter { $0.check == .consensus }
        #expect(consensus.isEmpty)
    }
}
