import DriftChecks
import Testing

@Suite struct ForeignScriptCheckTests {
    func findings(_ string: String) throws -> [Finding] {
        ForeignScriptCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
    }

    @Test func untranslatedWordsInAnotherScriptAreFlagged() throws {
        let string = "The minister said that الوضع الأمني مستقر تماما and left the capital on Friday."
        let found = try findings(string)
        #expect(CheckFixtures.words(found, in: string) == ["الوضع الأمني مستقر تماما"])
        #expect(found.first?.severity == .major && found.first?.category == .nonTranslation)
    }

    @Test func aNameInItsOwnScriptIsMinor() throws {
        let string = "The group Hayat Tahrir al-Sham (تحرير) controls the north of the country."
        #expect(try findings(string).map(\.severity) == [.minor])
    }

    @Test(arguments: [
        "東京の天気は晴れです。ひらがなとカタカナと漢字を混ぜて書きます。",
        "Die Regierung in Berlin hat am Freitag entschieden.",
        "The café served crème brûlée and naïve smørrebrød.",
    ])
    func oneWritingSystemIsFine(_ string: String) throws {
        #expect(try findings(string).isEmpty)
    }
}
