import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// Single meaning edits, as an editor tries them first: each must come out `changed` with the
/// evidence that says why; edits that keep the meaning must not.
@Suite struct WordAccountingTests {
    static let wordNet = TestWordNet.shared

    func judge(_ reference: String, _ candidate: String) throws -> PairJudgement {
        try #require(Self.wordNet != nil, "wordnet-base is installed by make setup")
        return try PairJudge(wordNet: Self.wordNet).judge(reference: reference, candidate: candidate)
    }

    struct Edit: Sendable, CustomTestStringConvertible {
        var reference: String
        var candidate: String
        /// The start of the evidence's description.
        var evidence: String
        var testDescription: String { evidence }
    }

    static let meaningEdits: [Edit] = [
        Edit(
            reference: "The company lost 4.2 million euros last year.",
            candidate: "The company lost 42 million euros last year.",
            evidence: "number: 4.2 million → 42 million"),
        Edit(
            reference: "Prices rose by 3.5 percent.", candidate: "Prices rose by 3.6 percent.",
            evidence: "number: 3.5 percent → 3.6 percent"),
        Edit(
            reference: "Die Preise stiegen um 2,5 Prozent.", candidate: "Die Preise stiegen um 25 Prozent.",
            evidence: "number: 2,5 Prozent → 25 Prozent"),
        Edit(
            reference: "The president praised the new law.", candidate: "The president criticised the new law.",
            evidence: "antonym: praised → criticised"),
        Edit(
            reference: "The president praised the new law.", candidate: "The president the new law.",
            evidence: "lost verb: praised"),
        Edit(
            reference: "The president praised the new law.", candidate: "The president praised the new.",
            evidence: "lost noun: law"),
        Edit(
            reference: "The president praised the new law.", candidate: "Praised the new law.",
            evidence: "lost noun: president"),
        Edit(
            reference: "The president praised the new law.", candidate: "The president praised the law.",
            evidence: "lost adjective: new"),
        Edit(
            reference: "The president praised the new law in Paris.", candidate: "The president praised the new law.",
            evidence: "lost name: Paris"),
        Edit(
            reference: "The president praised the new law.", candidate: "The president praised the new tax law.",
            evidence: "new noun: tax"),
        Edit(
            reference: "The president praised the new law in Paris.",
            candidate: "The president praised the new law in London.",
            evidence: "name: Paris → London"),
        Edit(
            reference: "Minister Schmidt praised the new law.", candidate: "Minister Weber praised the new law.",
            evidence: "name: Schmidt → Weber"),
        Edit(
            reference: "He said the plan would work.", candidate: "She said the plan would work.",
            evidence: "pronoun: he → she"),
        Edit(
            reference: "The minister visited the old city.", candidate: "The minister visited the old ville.",
            evidence: "foreign word: city → ville"),
        Edit(
            reference: "The minister resigned on Friday.", candidate: "The minister did not resign on Friday.",
            evidence: "negation: added “not”"),
        Edit(
            reference: "The minister resigned on Friday.", candidate: "The minister resigns on Friday.",
            evidence: "tense: resigned → resigns"),
        Edit(
            reference: "The minister resigned on Friday.", candidate: "The minister resigned on Friday?",
            evidence: "statement → question"),
        Edit(
            reference: "The minister resigned on Friday.", candidate: "The minister might resign on Friday.",
            evidence: "modality: added “might”"),
        Edit(
            reference: "The talks will continue.", candidate: "The talks would continue.",
            evidence: "modality: added “would”"),
        Edit(
            reference: "The minister said the talks will continue.",
            candidate: "The minister said the talks could continue.", evidence: "modality: added “could”"),
        Edit(
            reference: "The police arrested the protesters after the march.",
            candidate: "The protesters arrested the police after the march.",
            evidence: "roles swapped: police ↔ protesters"),
    ]

    @Test(arguments: meaningEdits)
    func aSingleMeaningEditIsChanged(_ edit: Edit) throws {
        let judgement = try judge(edit.reference, edit.candidate)
        #expect(judgement.label == .changed, "\(judgement.evidence)")
        #expect(judgement.evidence.contains { $0.description.hasPrefix(edit.evidence) }, "\(judgement.evidence)")
        #expect(judgement.evidence.contains { $0.changesMeaning })
    }

    @Test(arguments: [
        ("The company lost 4.2 million euros last year.", "The company lost 4,200,000 euros last year."),
        ("The company lost 4.2 million euros last year.", "The company lost 4.2m euros last year."),
        ("Three soldiers were wounded on Friday.", "3 soldiers were wounded on Friday."),
        ("The minister resigned on Friday.", "The minister quit on Friday."),
        ("On Friday, the minister resigned.", "The minister resigned on Friday."),
        // Reported speech: the conditional is its tense, and "according to" attributes as "said" does.
        ("The minister said the talks will continue.", "The minister said the talks would continue."),
        ("Talks will continue next week, the minister said.", "Talks would continue next week, the minister said."),
        ("The minister said the talks will continue.", "According to the minister, the talks will continue."),
    ])
    func anEditThatKeepsTheMeaningIsNotChanged(_ reference: String, _ candidate: String) throws {
        let judgement = try judge(reference, candidate)
        #expect(judgement.label != .changed, "\(judgement.evidence)")
        #expect(!judgement.evidence.contains { $0.changesMeaning }, "\(judgement.evidence)")
    }

    @Test(arguments: [
        ("The minister resigned on Friday.", "the minister resigned on friday"),
        ("The minister resigned on Friday.", "The minister resigned on Friday"),
        ("The minister resigned, on Friday.", "The minister resigned on Friday ."),
        ("The minister received the letter.", "The minister recieved the letter."),
    ])
    func caseAndPunctuationAreCopyEdits(_ reference: String, _ candidate: String) throws {
        #expect(try judge(reference, candidate).label == .copyedit)
    }

    @Test func aLostVerbWeighsMoreThanALostAdverb() throws {
        let verb = try judge("The minister quickly resigned on Friday.", "The minister quickly on Friday.")
        let adverb = try judge("The minister quickly resigned on Friday.", "The minister resigned on Friday.")
        #expect(verb.label == .changed && adverb.label == .changed)
        #expect(verb.drift > adverb.drift)
    }

    @Test func rhetoricAcrossACommaIsNotGarble() throws {
        let sentence = "What the council decided, it decided after a long night, and what it cut, it cut deeply."
        let judge = try PairJudge(wordNet: Self.wordNet)
        #expect(judge.garbleCues(in: sentence).isEmpty)
    }

    @Test func theEvidenceIsTyped() throws {
        let judgement = try judge("The president praised the new law.", "The president criticised the new law.")
        #expect(judgement.evidence.first == .replaced(.antonym, reference: "praised", version: "criticised"))
        let lost = try judge("The president praised the new law.", "The president the new law.")
        #expect(lost.evidence.first == .lost(word: "praised", role: .verb))
    }
}
