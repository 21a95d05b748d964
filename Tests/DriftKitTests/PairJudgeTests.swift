import DriftKit
import DriftText
import Testing

@Suite struct PairJudgeTests {
    static let wordNet = try? WordNet()

    func judge(_ reference: String, _ candidate: String) throws -> PairJudgement {
        try PairJudge(wordNet: Self.wordNet).judge(reference: reference, candidate: candidate)
    }

    @Test func identicalTextHasNoDrift() throws {
        let judgement = try judge("The minister resigned on Friday.", "The minister resigned on Friday.")
        #expect(judgement.label == .identical)
        #expect(judgement.drift == 0)
        #expect(judgement.features.vector.allSatisfy { abs($0) < 1e-9 })
    }

    @Test(arguments: [
        ("He wrote: “PEACE THROUGH STRENGTH!”", "He wrote: \"Peace through strength!\""),
        ("The airstrike hit Anbar province.", "The airstrike hit Anbar Province"),
        ("Officials confirmed the death of al-Rifai.", "Officials confirmed the death of al-Rifaï."),
    ])
    func copyEdits(_ reference: String, _ candidate: String) throws {
        #expect(try judge(reference, candidate).label == .copyedit)
    }

    @Test(arguments: [
        ("The agreement ends the mission by September 2025.", "The agreement ends the mission by September 2026.", "numbers"),
        ("The minister resigned on Friday.", "The minister did not resign on Friday.", "negation added"),
        ("The minister resigned on Friday.", "The minister is expected to resign on Friday.", "modality"),
    ])
    func factsThatChangeTheMeaning(_ reference: String, _ candidate: String, _ reason: String) throws {
        let judgement = try judge(reference, candidate)
        #expect(judgement.label == .changed)
        #expect(judgement.evidence.contains { $0.hasPrefix(reason) })
    }

    @Test func swappedRolesDriftMoreThanAParaphrase() throws {
        let swapped = try judge("The police arrested the protesters after the march.", "The protesters arrested the police after the march.")
        let reworded = try judge("The police arrested the protesters after the march.", "After the march, police officers arrested the protesters.")
        #expect(swapped.features.reordering > 0)
        #expect(swapped.drift > reworded.drift)
    }

    @Test func unrelatedSentencesAreChanged() throws {
        let judgement = try judge("The minister resigned on Friday after the vote.", "Heavy rain flooded the harbour of the old town.")
        #expect(judgement.label == .changed)
        #expect(judgement.drift > 0.7)
    }

    @Test func synonymsCountAsKept() throws {
        try #require(Self.wordNet != nil, "wordnet-base is installed by make setup")
        let judgement = try judge("The minister resigned on Friday.", "The minister quit on Friday.")
        #expect(judgement.features.referenceLoss == 0)
        #expect(judgement.label == .paraphrase)
    }
}
