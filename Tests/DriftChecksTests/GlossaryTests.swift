import DriftChecks
import Testing

@Suite struct GlossaryTests {
    @Test func parsesTermsRenderingsAndNotes() throws {
        let glossary = try Glossary(
            tsv: "# term\trendering\tnote\nISIS\tIslamic State\thouse style\n\nDaesh\tIslamic State\r\n", path: "g.tsv")
        #expect(glossary.entries.map(\.term) == ["ISIS", "Daesh"])
        #expect(glossary.entries.map(\.note) == ["house style", nil])
        #expect(glossary.entries.map(\.line) == [2, 4])
    }

    @Test(arguments: [("ISIS\n", 1), ("# c\nISIS\t\n", 2), ("a\tb\tc\td\n", 1)])
    func aMalformedLineIsNamed(_ tsv: String, _ line: Int) {
        #expect(throws: GlossaryError.self) { try Glossary(tsv: tsv, path: "g.tsv") }
        do {
            _ = try Glossary(tsv: tsv, path: "g.tsv")
        } catch {
            #expect(error.description.hasPrefix("g.tsv:\(line): "))
        }
    }

    @Test func termsNotRenderedAsRequiredAreFlagged() throws {
        let glossary = try Glossary(tsv: "ISIS\tIslamic State\thouse style\nU.S.\tUS\n", path: "g.tsv")
        let string = "The Islamic State (ISIS) lost its leader. ISIS fighters fled, the U.S. said."
        let found = GlossaryCheck().findings(
            in: CheckContext(document: try CheckFixtures.checked(string), glossary: glossary))
        #expect(CheckFixtures.words(found, in: string) == ["ISIS", "ISIS", "U.S"])
        #expect(found.allSatisfy { $0.category == .terminology && $0.severity == .major })
        #expect(found.first?.message.contains("glossary line 1: house style") == true)
    }
}
