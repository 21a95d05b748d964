import DriftChecks
import Testing

@Suite struct GluedWordsCheckTests {
    func findings(_ string: String) throws -> [Finding] {
        GluedWordsCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
    }

    @Test(arguments: [
        ("The strike hit Iraq.The minister spoke.", "Iraq.The", "Iraq. The"),
        ("Forces entered the town,then withdrew.", "town,then", "town, then"),
        ("The leader was killedIn an operation.", "killedIn", "killed In"),
    ])
    func gluedWordsAreFlaggedWithTheSeparation(_ string: String, _ glued: String, _ suggestion: String) throws {
        let found = try findings(string)
        #expect(CheckFixtures.words(found, in: string) == [glued])
        #expect(found.first?.suggestion == suggestion && found.first?.severity == .minor)
    }

    @Test(arguments: [
        "The U.S. Army and the U.K. said so.", "Original Source: www.military.com", "Growth was 3,5 percent.",
        "He bought an iPhone and watched YouTube.", "The time was 10:30.",
    ])
    func abbreviationsAddressesAndBrandsAreNot(_ string: String) throws {
        #expect(try findings(string).isEmpty)
    }
}
