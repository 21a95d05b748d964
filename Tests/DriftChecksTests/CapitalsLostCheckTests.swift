import DriftChecks
import Testing

@Suite struct CapitalsLostCheckTests {
    @Test func aNameOfTheReferenceInLowerCaseIsFlagged() throws {
        let version = "The factions, including the coordination framework, met on Friday."
        let context = try CheckFixtures.context(
            reference: "The factions, including the Coordination Framework, met on Friday.", version: version)
        let found = CapitalsLostCheck().findings(in: context)
        #expect(CheckFixtures.words(found, in: version) == ["coordination framework"])
        #expect(found.first?.suggestion == "Coordination Framework" && found.first?.severity == .minor)
    }

    @Test func theDocumentItselfIsEnough() throws {
        let string = "The Islamic State lost its leader. Analysts say the islamic state is still active."
        let found = CapitalsLostCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
        #expect(CheckFixtures.words(found, in: string) == ["islamic state"])
    }

    @Test(arguments: [
        "Prime Minister Mohammed Shia al-Sudani spoke. Later the prime minister left.",
        "Islamic State fighters fled. The state is weak.",
    ])
    func titlesAndCommonWordsAreNot(_ string: String) throws {
        let found = CapitalsLostCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
        #expect(found.isEmpty)
    }
}

extension CapitalsLostCheckTests {
    @Test func aPlatformNameTurnedIntoCommonWordsIsMajor() throws {
        let version = "On his true social platform on Friday night, the president wrote a post."
        let context = try CheckFixtures.context(
            reference: "The president wrote a post on Friday night.", version: version,
            witnesses: ["He announced it in a post on Truth Social on Friday."])
        let found = CapitalsLostCheck().findings(in: context)
        #expect(CheckFixtures.words(found, in: version) == ["true social"])
        #expect(found.first?.severity == .major && found.first?.suggestion == "Truth Social")
    }
}
