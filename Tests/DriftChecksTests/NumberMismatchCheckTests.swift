import DriftChecks
import Testing

@Suite struct NumberMismatchCheckTests {
    func findings(_ reference: String, _ version: String) throws -> [Finding] {
        NumberMismatchCheck().findings(in: try CheckFixtures.context(reference: reference, version: version))
    }

    @Test func aReplacedNumberIsMajor() throws {
        let version = "The agreement ends the mission by September 2026."
        let found = try findings("The agreement ends the mission by September 2025.", version)
        #expect(CheckFixtures.words(found, in: version) == ["2026"])
        #expect(found.first?.suggestion == "2025" && found.first?.severity == .major)
    }

    @Test(arguments: [
        ("The strike took place on Thursday night.", "The strike took place on Friday night.", "Friday"),
        ("Talks resume in March in Baghdad.", "Talks resume in May in Baghdad.", "May"),
    ])
    func aChangedDayOrMonthIsMajor(_ reference: String, _ version: String, _ word: String) throws {
        let found = try findings(reference, version)
        #expect(CheckFixtures.words(found, in: version) == [word])
    }

    @Test(arguments: [
        ("Three soldiers were wounded.", "3 soldiers were wounded."),
        ("On Friday 3 soldiers left.", "On Friday three soldiers left."),
        ("The mission may end on Friday.", "The mission could end on Friday."),
        ("About 2,000 troops remain.", "About 2000 troops remain."),
        ("The talks lasted 3 days in 2025.", "The talks lasted three days."),
        ("He is one of the leaders.", "He is a leader since 2019."),
    ])
    func numbersKeptOrOnlyDroppedAreFine(_ reference: String, _ version: String) throws {
        #expect(try findings(reference, version).isEmpty)
    }
}

extension NumberMismatchCheckTests {
    @Test func numbersInOtherClausesAreNotPaired() throws {
        let reference = "Two officials said the group was weakened."
        let version = "Officials said the group, active for more than 20 years, was weakened."
        #expect(try findings(reference, version).isEmpty)
    }
}
