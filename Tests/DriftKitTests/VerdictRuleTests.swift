import DriftKit
import Testing

/// The verdict rules on documents built from links of known labels.
@Suite struct VerdictRuleTests {
    /// A comparison of `reference` with `version`, two texts of short sentences separated by
    /// blank lines so that each paragraph is one sentence.
    func verdict(_ reference: [String], _ version: [String]) throws -> DocumentJudgement {
        let comparison = try Comparison(wordNet: nil)
        let documents = [Document(path: "reference", string: reference.joined(separator: "\n\n")),
                         Document(path: "version", string: version.joined(separator: "\n\n"))]
        return try #require(comparison.compare(reference: documents[0], versions: [documents[1]]).versions.first).judgement
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
}
