import DriftChecks
import Testing

@Suite struct NegationModalityCheckTests {
    func findings(_ reference: String, _ version: String) throws -> [Finding] {
        NegationModalityCheck().findings(in: try CheckFixtures.context(reference: reference, version: version))
    }

    @Test(arguments: [
        (
            "The minister resigned on Friday after the vote.",
            "The minister is expected to resign on Friday after the vote.", "expected"
        ),
        (
            "The group could stage a resurgence in Syria.", "The group will stage a resurgence in Syria.", "will"
        ),
        (
            "He was not authorized to speak to the press.", "He was authorized to speak to the press.",
            "He was authorized to speak to the press."
        ),
        ("He was authorized to speak to the press.", "He was never authorized to speak to the press.", "never"),
    ])
    func aChangedClaimIsMajor(_ reference: String, _ version: String, _ words: String) throws {
        let found = try findings(reference, version)
        #expect(CheckFixtures.words(found, in: version) == [words])
        #expect(found.allSatisfy { $0.severity == .major && $0.category == .mistranslation })
    }

    @Test(arguments: [
        (
            "The storm could reach the coast on Monday.", "The storm will reach the coast on Monday.",
            "Modality changed: “will” where the reference has “could”"
        ),
        (
            "The storm will reach the coast on Monday.", "The storm could reach the coast on Monday.",
            "Modality changed: “could” where the reference has “will”"
        ),
        (
            "The storm could reach the coast on Monday.", "The storm reached the coast on Monday.",
            "Modality changed: a plain statement where the reference has “could”"
        ),
    ])
    func theMessageNamesEachSidesModalWord(_ reference: String, _ version: String, _ message: String) throws {
        #expect(try findings(reference, version).map(\.message) == [message])
    }

    @Test(arguments: [
        (
            "The official, who was not authorized to speak, said the strike hit Anbar.",
            "The strike hit Anbar, an official said."
        ),
        ("The minister might resign.", "The minister could resign."),
        ("He did not win.", "He didn't win."),
        // A hypothetical's mood said twice.
        ("The talks would perhaps fail if it rained.", "The talks would fail if it rained."),
        // The conditional of reported speech is its tense.
        ("The minister said the talks will continue.", "The minister said the talks would continue."),
    ])
    func droppedClausesAndSynonymousHedgesAreNot(_ reference: String, _ version: String) throws {
        #expect(try findings(reference, version).isEmpty)
    }

    /// Classes of modality that make another claim, and those that say a hypothetical's mood
    /// twice.
    @Test func whatChangesTheClaim() {
        #expect(NegationModalityCheck.changes([], ["possibility"]))
        #expect(NegationModalityCheck.changes(["possibility"], ["condition"]))
        #expect(NegationModalityCheck.changes(["possibility"], ["possibility", "report"]))
        #expect(!NegationModalityCheck.changes(["condition"], ["condition", "possibility"]))
        #expect(!NegationModalityCheck.changes(["possibility"], ["possibility"]))
    }
}
