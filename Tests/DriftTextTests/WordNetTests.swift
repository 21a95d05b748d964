import DriftTestSupport
import DriftText
import Testing

@Suite struct WordNetTests {
    @Test func synonymsAndBaseForms() throws {
        let wordNet = try #require(TestWordNet.shared)
        #expect(wordNet.lemmaCount > 100_000)
        #expect(wordNet.lemmas(of: "children").contains("child"))
        #expect(wordNet.lemmas(of: "resigned").contains("resign"))
        #expect(wordNet.areSynonyms("resigned", "quit"))
        #expect(wordNet.areSynonyms("big", "large"))
        #expect(!wordNet.areSynonyms("resign", "arrive"))
    }

    @Test func antonymsPartsOfSpeechAndFrequency() throws {
        let wordNet = try #require(TestWordNet.shared)
        #expect(wordNet.areAntonyms("praised", "criticised"))
        #expect(wordNet.areAntonyms("rose", "fell") || wordNet.areAntonyms("rise", "fall"))
        #expect(wordNet.areAntonyms("increase", "decrease"))
        #expect(wordNet.areAntonyms("wet", "dry"))
        #expect(!wordNet.areAntonyms("praised", "lauded"))
        #expect(!wordNet.areAntonyms("big", "big"))
        #expect(wordNet.partOfSpeech(of: "praised") == .verb)
        #expect(wordNet.partOfSpeech(of: "law") == .noun)
        #expect(wordNet.partOfSpeech(of: "new") == .adjective)
        #expect(wordNet.partOfSpeech(of: "quickly") == .adverb)
        #expect(wordNet.partOfSpeech(of: "xqzv") == nil)
        #expect(wordNet.canBeVerb("attacks") && !wordNet.canBeVerb("tiger"))
        #expect(wordNet.isIrregularVerbForm("said") && !wordNet.isIrregularVerbForm("walked"))
        #expect(wordNet.isRare("rouge") && !wordNet.isRare("red") && !wordNet.isRare("xqzv"))
    }

    @Test func relatedWordsSayTheSameThingMoreOrLessBroadly() throws {
        let wordNet = try #require(TestWordNet.shared)
        func related(_ a: String, _ b: String) -> Bool {
            wordNet.areRelated(wordNet.senses(of: a), wordNet.senses(of: b))
        }
        #expect(related("corn", "grain") && related("grain", "corn"))
        #expect(related("berlin", "capital"))
        #expect(related("guitar", "instrument"))
        #expect(related("resigned", "quit"))
        #expect(related("decide", "decision"))
        #expect(!related("guitar", "violin"))
        #expect(!related("car", "house"))
        #expect(!related("red", "green"))
    }

    @Test func wordsThatAreFirstOfAllNames() throws {
        let wordNet = try #require(TestWordNet.shared)
        #expect(wordNet.isFirstAName("berlin") && wordNet.isFirstAName("einstein") && wordNet.isFirstAName("japan"))
        #expect(!wordNet.isFirstAName("land") && !wordNet.isFirstAName("guitar") && !wordNet.isFirstAName("xqzv"))
    }

    @Test func aMissingDatabaseNamesTheFile() {
        #expect(throws: WordNetError.missing(path: "/nonexistent/index.noun")) {
            try WordNet(directory: "/nonexistent")
        }
    }
}
