import DriftKit
import DriftTestSupport
import DriftText
import Testing

@Suite struct PairJudgeTests {
    static let wordNet = TestWordNet.shared

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
        (
            "The agreement ends the mission by September 2025.", "The agreement ends the mission by September 2026.",
            "number: 2025 → 2026"
        ),
        ("The minister resigned on Friday.", "The minister did not resign on Friday.", "negation: added"),
        ("The minister resigned on Friday.", "The minister is expected to resign on Friday.", "modality"),
    ])
    func factsThatChangeTheMeaning(_ reference: String, _ candidate: String, _ reason: String) throws {
        let judgement = try judge(reference, candidate)
        #expect(judgement.label == .changed)
        #expect(judgement.evidence.contains { $0.description.hasPrefix(reason) })
    }

    @Test func swappedRolesDriftMoreThanAParaphrase() throws {
        let swapped = try judge(
            "The police arrested the protesters after the march.", "The protesters arrested the police after the march."
        )
        let reworded = try judge(
            "The police arrested the protesters after the march.",
            "After the march, police officers arrested the protesters.")
        #expect(swapped.features.reordering > 0)
        #expect(swapped.drift > reworded.drift)
    }

    @Test func unrelatedSentencesAreChanged() throws {
        let judgement = try judge(
            "The minister resigned on Friday after the vote.", "Heavy rain flooded the harbour of the old town.")
        #expect(judgement.label == .changed)
        #expect(judgement.drift > 0.7)
    }

    @Test func synonymsCountAsKept() throws {
        try #require(Self.wordNet != nil, "wordnet-base is installed by make setup")
        let judgement = try judge("The minister resigned on Friday.", "The minister quit on Friday.")
        #expect(judgement.features.referenceLoss == 0)
        #expect(judgement.label == .paraphrase)
    }

    /// A noun or adjective alone in its place, which WordNet does not relate to the one it
    /// replaces, says something else; a broader word for the same thing does not.
    @Test(arguments: [
        ("A man is playing a guitar.", "A man is playing a violin.", true),
        ("She bought a new car last spring.", "She bought a new house last spring.", true),
        ("A red double decker bus drives down a street.", "A green double decker bus drives down a street.", true),
        // "helicopter" has no tagged sense, yet is no foreign word: WordNet files it with "airplane".
        ("A white Swiss airplane approaches the runway.", "A white Swiss helicopter approaches the runway.", true),
        ("The chancellor met the president on Monday.", "The chancellor met the minister on Monday.", true),
        ("A man is playing a guitar.", "A man is playing an instrument.", false),
        ("The farmers gathered the corn.", "The farmers gathered the grain.", false),
        ("The big dog barked at the stranger.", "The large dog barked at the stranger.", false),
        // Verbs are left to the learned score: WordNet relates too few of those rewordings use.
        ("A certain man went to sojourn in the country.", "A certain man went to live in the country.", false),
    ])
    func aWordOfAnotherMeaning(_ reference: String, _ candidate: String, changes: Bool) throws {
        try #require(Self.wordNet != nil, "wordnet-base is installed by make setup")
        let judgement = try judge(reference, candidate)
        let otherMeaning = judgement.evidence.contains { $0.replacementKind == .otherMeaning }
        #expect(otherMeaning == changes, "\(judgement.evidence)")
        if changes { #expect(judgement.label == .changed) }
    }
}

@Suite struct GarbleTests {
    func judge(_ reference: String, _ candidate: String, context: Set<String> = []) throws -> PairJudgement {
        try PairJudge(wordNet: PairJudgeTests.wordNet).judge(
            reference: reference, candidate: candidate, context: context)
    }

    @Test(arguments: [
        (
            "He said the authorities discussed the movements in detail.",
            "He said authorities said in detail about the movements.", "repeated: said"
        ),
        (
            "A coalition of mainly Shiite parties brought him to power.",
            "A coalition of coalitions brought him to power.", "repeated: coalition"
        ),
        ("The strike hit the base.", "The strike hit the the base.", "repeated: the"),
        (
            "The airstrike hit Anbar province in western Iraq.", "The air strikes hit Amber province in western Iraq.",
            "names spelled otherwise: Anbar → Amber"
        ),
        (
            "Foreign Minister Fouad Hussein spoke.", "Foreign Minister Huad Hussein spoke.",
            "names spelled otherwise: Fouad → Huad"
        ),
    ])
    func brokenTextIsGarbled(_ reference: String, _ candidate: String, _ reason: String) throws {
        let judgement = try judge(reference, candidate)
        #expect(judgement.label == .garbled)
        #expect(judgement.garbleCues > 0)
        #expect(judgement.evidence.contains { $0.description == reason })
    }

    @Test(arguments: [
        // Transliteration variants keep the consonants.
        (
            "The leader, Abdallah Maki Mosleh al-Rifai, was killed.",
            "The leader, Abdallah Makki Muslih al-Rufaji, was killed."
        ),
        ("Judah fathered Pharez.", "Judah became the father of Perez."),
        // Idioms and parallelism repeat words on purpose.
        ("Day after day the talks went on.", "Day by day the talks continued."),
        ("Where you go, I will go.", "Where you go, I will go too."),
        // The reference's own slip is not the version's.
        ("The the strike hit the base.", "The the strike hit the base at night."),
        // An acronym next to a word that spells the same.
        ("The group is still active in Syria.", "Nevertheless, IS is still active in Syria."),
    ])
    func fluentTextIsNotGarbled(_ reference: String, _ candidate: String) throws {
        let judgement = try judge(reference, candidate)
        #expect(judgement.label != .garbled, "\(judgement.evidence)")
    }

    @Test func aNameTheReferenceUsesElsewhereIsNoMisspelling() throws {
        let reference = "The operation comes as officials worry about a resurgence in Syria."
        let candidate = "The operation comes as Shia officials worry about a resurgence."
        let context = try PairJudge(wordNet: nil).vocabulary(of: reference + " The Shia parties met.")
        #expect(
            try judge(reference, candidate, context: context).evidence.allSatisfy {
                !$0.description.hasPrefix("names spelled otherwise")
            })
    }

    @Test func garbleCuesOfASentenceAlone() throws {
        let judge = try PairJudge(wordNet: nil)
        #expect(judge.garbleCues(in: "He said authorities said nothing.") == ["said"])
        #expect(judge.garbleCues(in: "Step by step, the talks went on.").isEmpty)
    }

    @Test func theEmbeddingsCosineIsAFeatureWhenThereIsAnEmbedder() throws {
        let reference = "Listen to the silent night."
        let candidate = "Silent: the nightly tent lo."
        let lexical = try PairJudge(wordNet: nil).judge(reference: reference, candidate: candidate)
        #expect(lexical.cosine == nil && lexical.features.semanticGap == nil)
        let semantic = try PairJudge(wordNet: nil, embedder: LetterEmbedder()).judge(
            reference: reference, candidate: candidate)
        // Same letters: the stand-in embedder calls it the same meaning, so drift falls.
        #expect(try #require(semantic.cosine) > 0.95)
        #expect(semantic.drift < lexical.drift)
        // A cosine from the caller is used as it is.
        let given = try PairJudge(wordNet: nil).judge(reference: reference, candidate: candidate, cosine: 0.25)
        #expect(abs(try #require(given.features.semanticGap) - 0.75) < 1e-12)
        #expect(given.drift > semantic.drift)
    }

    @Test func numbersWrittenAsWordsAreTheSameNumbers() throws {
        let judgement = try judge(
            "Three soldiers and 2,000 civilians fled the town.", "3 soldiers and two thousand civilians fled the town.")
        #expect(judgement.features.numberMismatch == 0)
        #expect(judgement.label != .changed, "\(judgement.evidence)")
    }
}
