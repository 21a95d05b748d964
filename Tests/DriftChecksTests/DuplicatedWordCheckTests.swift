import DriftChecks
import Testing

@Suite struct DuplicatedWordCheckTests {
    func findings(_ string: String) throws -> [Finding] {
        DuplicatedWordCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
    }

    @Test func aWordTwiceIsFlaggedWithTheSingleWordAsSuggestion() throws {
        let string = "“Peace”, Prime Minister Minister Mohammed Shia al-Sudani said in the the statement."
        let found = try findings(string)
        #expect(CheckFixtures.words(found, in: string) == ["Minister Minister", "the the"])
        #expect(found.map(\.suggestion) == ["Minister", "the"])
    }

    @Test(arguments: [
        "What he had had was gone.", "He said that that was enough.", "Nevertheless, IS is still active in Syria.",
        "It was so, so cold.", "The talks went on day by day.",
    ])
    func allowedDoublesAreNot(_ string: String) throws {
        #expect(try findings(string).isEmpty)
    }
}
