import DriftText
import Testing

@Suite struct WordNetTests {
    @Test func synonymsAndBaseForms() throws {
        let wordNet = try WordNet()
        #expect(wordNet.lemmaCount > 100_000)
        #expect(wordNet.lemmas(of: "children").contains("child"))
        #expect(wordNet.lemmas(of: "resigned").contains("resign"))
        #expect(wordNet.areSynonyms("resigned", "quit"))
        #expect(wordNet.areSynonyms("big", "large"))
        #expect(!wordNet.areSynonyms("resign", "arrive"))
    }

    @Test func aMissingDatabaseNamesTheFile() {
        #expect(throws: WordNetError.missing(path: "/nonexistent/index.noun")) { try WordNet(directory: "/nonexistent") }
    }
}
