import DriftChecks
import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// The findings of the seeds with 002 as the reference and every other version as a witness,
/// against `Fixtures/findings/seeds.tsv`, a list checked by eye.
@Suite struct SeedFindingsTests {
    /// One finding as the fixture lists it.
    struct Row: Hashable, CustomStringConvertible {
        var version, check, severity: String
        var line: Int
        var text, suggestion: String

        var description: String { [version, check, severity, String(line), text, suggestion].joined(separator: "\t") }
    }

    static let found: [Row] = {
        let reference = Fixtures.seed("002_afb0eaf99028a645.txt")
        let versions = Fixtures.seedNames.map(Fixtures.seed).filter { $0 != reference }
        guard let comparison = try? Comparison(wordNet: TestWordNet.shared),
            let documents = try? ([reference] + versions).map({ try Document(contentsOf: $0) })
        else { return [] }
        return comparison.compare(reference: documents[0], versions: Array(documents.dropFirst())).versions.flatMap {
            version in
            version.findings.map { finding in
                Row(
                    version: String(version.path.split(separator: "/").last!), check: finding.check.rawValue,
                    severity: finding.severity.rawValue,
                    line: version.alignment.version.text.line(of: finding.span.lowerBound),
                    text: version.alignment.version.text[finding.span].replacing("\n", with: " "),
                    suggestion: finding.suggestion ?? "")
            }
        }
    }()

    static func expected() throws -> [Row] {
        try Fixtures.string(Fixtures.path("findings/seeds.tsv")).split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                return Row(
                    version: fields[0], check: fields[1], severity: fields[2], line: Int(fields[3]) ?? 0,
                    text: fields[4], suggestion: fields[5])
            }
    }

    @Test func theFindingsAreTheOnesCheckedByEye() throws {
        let expected = try Self.expected()
        #expect(!expected.isEmpty)
        #expect(Self.found.map(\.description) == expected.map(\.description))
    }

    @Test func theMachineTranslationsQuoteAndPlaceAreFlaggedWithTheRightSuggestions() {
        #expect(
            Self.found.contains(
                Row(
                    version: "001_7405a5fede031660.txt", check: "quote-altered", severity: "critical", line: 14,
                    text: "Peace through power!",
                    suggestion: "PEACE THROUGH STRENGTH!")))
        #expect(
            Self.found.contains {
                $0.version.hasPrefix("001") && $0.check == "name-garbled" && $0.severity == "major"
                    && $0.text == "Amber" && $0.suggestion == "Anbar"
            })
    }

    @Test func theParaphraseHasNoCriticalOrMajorFinding() {
        #expect(!Self.found.contains { $0.version.hasPrefix("000") && $0.severity != "minor" })
    }

    @Test func findingsAreInMQMOrder() {
        for version in Set(Self.found.map(\.version)) {
            let ranks = Self.found.filter { $0.version == version }.map {
                ["critical": 0, "major": 1, "minor": 2][$0.severity]!
            }
            #expect(ranks == ranks.sorted())
        }
    }
}

/// Pairs that look like errors to a naive check but are not: `Fixtures/findings/non_errors.tsv`.
@Suite struct NonErrorTests {
    static let cases: [(name: String, reference: String, version: String)] = {
        let lines = (try? Fixtures.string(Fixtures.path("findings/non_errors.tsv")))?.split(separator: "\n") ?? []
        return lines.filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map { String($0).replacing("\\n", with: "\n") }
            return (fields[0], fields[1], fields[2])
        }
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases.map(\.name))
    func noCriticalOrMajorFinding(_ name: String) throws {
        let pair = try #require(Self.cases.first { $0.name == name })
        let comparison = try Comparison(wordNet: nil)
        let result = comparison.compare(
            reference: Document(path: "reference", string: pair.reference),
            version: Document(path: "version", string: pair.version))
        let serious = result.findings.filter { $0.severity != .minor }
        #expect(serious.isEmpty, "\(serious.map(\.message))")
    }
}

/// Other versions as witnesses of a quote the reference lacks.
@Suite struct WitnessTests {
    static let reference = Document(path: "r", string: "Trump welcomed the news on Friday.")
    static let version = Document(
        path: "v", string: "Trump welcomed the news on Friday. “Peace through power!” he wrote.")
    static let witness = Document(path: "w", string: "Trump welcomed the news. “PEACE THROUGH STRENGTH!” he posted.")

    func quoteFindings(_ versions: [Document]) throws -> [Finding] {
        try Comparison(wordNet: nil).compare(reference: Self.reference, versions: versions).versions[0].findings
            .filter { $0.check == .quoteAltered }
    }

    @Test func aCopyIsNotASecondWitness() throws {
        #expect(try quoteFindings([Self.version, Self.witness, Self.witness]).isEmpty)
    }

    @Test func twoDistinctWitnessesSettleTheQuote() throws {
        let other = Document(path: "x", string: "He wrote: \"Today the leader was killed. PEACE THROUGH STRENGTH!\"")
        let found = try quoteFindings([Self.version, Self.witness, other])
        #expect(found.map(\.suggestion) == ["PEACE THROUGH STRENGTH!"])
        #expect(found.first?.witnesses.map(\.witness) == [0, 1])
    }
}
