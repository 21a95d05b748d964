import DriftChecks
import Testing

@Suite struct RepetitionLoopCheckTests {
    func findings(_ string: String) throws -> [Finding] {
        RepetitionLoopCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
    }

    @Test(arguments: [
        ("He joined the coalition of the coalition of the parties.", "the coalition of the coalition of"),
        ("The talks were good good good for everyone.", "good good good"),
        ("It is it is it is over.", "It is it is it is"),
    ])
    func loopsAreFlagged(_ string: String, _ loop: String) throws {
        let found = try findings(string)
        #expect(CheckFixtures.words(found, in: string) == [loop])
        #expect(found.first?.severity == .major)
    }

    @Test(arguments: [
        "The minister resigned on Friday after the vote.", "Step by step, the talks went on.",
        "He said no, no and again no.", "Where you go, I will go.", "Es ist überall, es ist überall.",
        "Reiche Väter, arme Väter: arme Väter reiche Söhne.", "The coalitions of coalition politics.",
    ])
    func fluentTextIsNot(_ string: String) throws {
        #expect(try findings(string).isEmpty)
    }

    @Test func aWordThatComesBackOneWordLaterIsMinor() throws {
        let string = "It backed a coalition of coalitions, and he said authorities said it would end."
        let found = try findings(string)
        #expect(CheckFixtures.words(found, in: string) == ["coalition of coalitions", "said authorities said"])
        #expect(found.allSatisfy { $0.severity == .minor })
    }
}
