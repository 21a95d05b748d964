import DriftChecks
import Testing

@Suite struct NameGarbledCheckTests {
    func findings(reference: String, version: String, witnesses: [String] = []) throws -> [Finding] {
        NameGarbledCheck().findings(
            in: try CheckFixtures.context(reference: reference, version: version, witnesses: witnesses))
    }

    @Test func aGarbledPlaceIsMajorWithTheReferenceSpelling() throws {
        let version = "The operation was carried out by air strikes in Amber province, western Iraq."
        let found = try findings(
            reference: "The operation was carried out by an airstrike in Anbar province, in western Iraq.",
            version: version)
        #expect(CheckFixtures.words(found, in: version) == ["Amber"])
        #expect(found.first?.severity == .major && found.first?.suggestion == "Anbar")
    }

    @Test func aTransliterationIsMinor() throws {
        let version = "Prime Minister Mohammad Shia al-Sudani spoke."
        let found = try findings(reference: "Prime Minister Mohammed Shia al-Sudani spoke.", version: version)
        #expect(found.map(\.severity) == [.minor])
        #expect(found.first?.suggestion == "Mohammed")
    }

    @Test func aSpellingAnotherVersionSharesIsAccepted() throws {
        let reference = "Officials confirmed the death of Abdallah al-Rifai on Friday."
        let version = "Officials confirmed the death of Abdallah al-Rufai on Friday."
        #expect(
            try findings(reference: reference, version: version, witnesses: ["The death of al-Rufai was confirmed."])
                .isEmpty)
    }

    @Test func sameNamesAreFine() throws {
        let text = "The operation was carried out in Anbar province by Iraqi forces."
        #expect(try findings(reference: text, version: text).isEmpty)
    }
}
