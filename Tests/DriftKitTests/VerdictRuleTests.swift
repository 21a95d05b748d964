import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// The verdict rules on documents built from links of known labels.
@Suite struct VerdictRuleTests {
    /// A comparison of `reference` with `version`, two texts of short sentences separated by
    /// blank lines so that each paragraph is one sentence.
    func verdict(_ reference: [String], _ version: [String]) throws -> DocumentJudgement {
        let comparison = try Comparison(wordNet: nil)
        let documents = [
            Document(path: "reference", string: reference.joined(separator: "\n\n")),
            Document(path: "version", string: version.joined(separator: "\n\n")),
        ]
        return try #require(comparison.compare(reference: documents[0], versions: [documents[1]]).versions.first)
            .judgement
    }

    static let story = [
        "The minister resigned on Friday after a week of protests in the capital.",
        "Thousands of students marched to parliament demanding new elections.",
        "Police used tear gas to disperse the crowd near the central station.",
        "The president accepted the resignation and named an interim successor.",
        "Opposition leaders called the move too little and too late.",
    ]

    @Test func theSameTextIsFaithful() throws {
        let judgement = try verdict(Self.story, Self.story)
        #expect(judgement.verdict == .faithful)
        #expect(judgement.coverage == 1 && judgement.drift == 0 && judgement.additions == 0)
        #expect(judgement.labels[.identical] == Self.story.count)
    }

    @Test func anUnrelatedTextIsUnrelated() throws {
        let other = [
            "Heavy rain is forecast for the coast over the weekend.",
            "Farmers welcomed the end of a long dry spell in the south.",
            "Rivers may burst their banks in low-lying valleys, forecasters warned.",
        ]
        let judgement = try verdict(Self.story, other)
        #expect(judgement.verdict == .unrelated)
        #expect(judgement.coverage < 0.1)
    }

    @Test func halfTheStoryAndMuchElseIsAPartialOverlap() throws {
        let other = [
            Self.story[0],
            "Heavy rain is forecast for the coast over the weekend.",
            "Farmers welcomed the end of a long dry spell in the south.",
            "Rivers may burst their banks in low-lying valleys, forecasters warned.",
            "The national football team won its qualifier four goals to one.",
        ]
        #expect(try verdict(Self.story, other).verdict == .partialOverlap)
    }

    /// The comparison of a story with a version that differs in one sentence, with WordNet.
    func judged(_ reference: [String], _ version: [String]) throws -> VersionComparison {
        let comparison = try Comparison(wordNet: TestWordNet.shared)
        let documents = [
            Document(path: "reference", string: reference.joined(separator: "\n\n")),
            Document(path: "version", string: version.joined(separator: "\n\n")),
        ]
        return try #require(comparison.compare(reference: documents[0], versions: [documents[1]]).versions.first)
    }

    @Test(arguments: [
        (
            "The minister resigned on Friday after a week of protests in the capital.",
            "The minister resigned on Thursday after a week of protests in the capital."
        ),
        (
            "Thousands of students marched to parliament demanding new elections.",
            "Thousands of students did not march to parliament demanding new elections."
        ),
        (
            "The president accepted the resignation and named an interim successor.",
            "The president refused the resignation and named an interim successor."
        ),
    ])
    func aReplacedFactIsNeverFaithful(_ sentence: String, _ replaced: String) throws {
        let version = Self.story.map { $0 == sentence ? replaced : $0 }
        let comparison = try judged(Self.story, version)
        #expect(comparison.judgement.verdict != .faithful, "\(comparison.judgement.reason)")
        #expect(comparison.judgement.reason.contains("fact replaced"))
        #expect(comparison.judgement.errors.score > 0)
    }

    @Test func aCriticalFindingIsNeverFaithful() throws {
        let reference = Self.story + ["“We will not give up until the elections are held,” the students said."]
        let version = Self.story + ["“We will give up until the elections are held,” the students said."]
        let comparison = try judged(reference, version)
        #expect(comparison.findings.contains { $0.severity == .critical })
        #expect(comparison.judgement.verdict != .faithful)
        #expect(comparison.judgement.reason.contains("1 critical finding"))
        #expect(comparison.judgement.errors.counts[.critical] == 1)
    }

    @Test func aFluentAddedSentenceIsNoMachineTranslation() throws {
        let version =
            Self.story + ["What the council decided, it decided after a long night, and what it cut, it cut deeply."]
        let comparison = try judged(Self.story, version)
        #expect(comparison.judgement.verdict != .machineTranslationWithErrors, "\(comparison.judgement.reason)")
        #expect(comparison.judgement.labels[.garbled] == nil)
        #expect(comparison.judgement.labels[.added] == 1)
    }

    @Test func theErrorScoreCountsPointsPerHundredWords() throws {
        let clean = try judged(Self.story, Self.story)
        #expect(clean.judgement.errors.score == 0 && clean.judgement.errors.points == 0)
        let version = Self.story.map { $0.replacing("Friday", with: "Thursday") }
        let changed = try judged(Self.story, version)
        // The day replaced: one major finding (number-mismatch), 5 points; its changed sentence
        // is not counted again.
        #expect(changed.findings.map(\.severity) == [.major])
        #expect(changed.judgement.errors.points == 5)
        #expect(changed.judgement.errors.counts == [.major: 1])
        #expect(changed.judgement.errors.words == 54)
        #expect(changed.judgement.errors.score == 500.0 / 54)
    }
}
