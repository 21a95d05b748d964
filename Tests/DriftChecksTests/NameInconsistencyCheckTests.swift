import DriftChecks
import DriftText
import Testing

@Suite struct NameInconsistencyCheckTests {
    static func found(_ string: String, lexicon: Lexicon = .english) throws -> [String] {
        let context = CheckContext(document: try CheckFixtures.checked(string), lexicon: lexicon)
        return NameInconsistencyCheck().findings(in: context).map(\.message)
    }

    @Test(arguments: [
        (
            "Police named Carl Jansson on Monday. A neighbour said Jansson was calm. Later, Jansen left.",
            "“Jansen” is spelt “Jansson” elsewhere in the text (2×)"
        ),
        (
            "The minister met Mohammed Shia al-Sudani. Aides said Mohamed Shia al-Sudani agreed.",
            "“Mohamed” is spelt “Mohammed” elsewhere in the text (1×)"
        ),
        (
            "Forces loyal to Bashar Assad fled. Later, Bashar Asaad spoke. Then Assad left.",
            "“Asaad” is spelt “Assad” elsewhere in the text (2×)"
        ),
    ])
    func aNameSpeltTwoWaysIsFlagged(_ text: String, _ message: String) throws {
        #expect(try Self.found(text) == [message])
    }

    @Test(arguments: [
        "The Iraqis celebrated. Officials praised Iraq’s forces and the Iraqis again.",
        "Syria and the Syrian army met. The Syrian side left Syria.",
        "Anna Berg met Carl Borg on Monday.",
        "Syria’s foreign minister, Asaad Hassan al-Shibani, met envoys of Bashar al-Assad. Assad fled.",
        "Our Values matter, said the head of Wales. In Wales, Values differ.",
        "NATO met. The NATE committee said NATO would act.",
        "Jansen arrived. Jansson left.",
    ])
    func wordsThatAreNotOneNameAreNot(_ text: String) throws {
        #expect(try Self.found(text).isEmpty)
    }

    /// German capitalises every noun: "Uhren" and "Ohren", "Raums" and "Raumes" are words.
    @Test func aLanguageThatCapitalisesNounsIsLeftAlone() throws {
        let text = "Die Uhren tickten. Meine Ohren hörten die Uhren. Die Größe des Raums und des Raumes."
        #expect(try Self.found(text, lexicon: .german).isEmpty)
        #expect(Lexicon.forLanguage("german")?.capitalizesNouns == true)
        #expect(Lexicon.forLanguage("english")?.capitalizesNouns == false)
    }
}
