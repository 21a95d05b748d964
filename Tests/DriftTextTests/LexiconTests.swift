import DriftText
import Testing

/// The per-language word lists: looked up by language code, read as the judge and the checks
/// read them, and internally consistent.
@Suite struct LexiconTests {
    @Test(arguments: [
        ("en", "en"), ("en-GB", "en"), ("EN_us", "en"), ("de", "de"), ("fr-CA", "fr"), ("es", "es"), ("it", "it"),
        ("pt-BR", "pt"), ("nl", "nl"), ("zh-Hans", "zh"),
    ])
    func aLanguageCodeFindsItsLexicon(_ code: String, _ language: String) {
        #expect(Lexicon.named(code)?.language == language)
    }

    @Test func aLanguageWithoutALexiconHasNone() {
        #expect(Lexicon.named("xx") == nil)
        #expect(Lexicon.named("") == nil)
    }

    @Test(arguments: ["not", "never", "nobody", "don't", "won’t", "cannot", "isn't"])
    func negations(_ word: String) {
        #expect(Lexicon.english.isNegation(word))
    }

    @Test(arguments: ["note", "know", "now", "nation", "don", "ant"])
    func wordsThatDoNotNegate(_ word: String) {
        #expect(!Lexicon.english.isNegation(word))
    }

    @Test func modalVerbsAreReadByTheirContext() {
        let english = Lexicon.english
        #expect(english.modality(of: ["he", "may", "resign"], at: 1, startsSentence: false) == "possibility")
        #expect(english.modality(of: ["may", "god", "bless"], at: 0, startsSentence: true) == nil)
        #expect(english.modality(of: ["so", "that", "she", "may", "glean"], at: 3, startsSentence: false) == nil)
        #expect(english.modality(of: ["you", "must", "go"], at: 1, startsSentence: false) == "obligation")
        #expect(english.modality(of: ["reportedly"], at: 0, startsSentence: true) == "report")
        #expect(english.modality(of: ["he", "will", "go"], at: 1, startsSentence: false) == nil)
    }

    @Test(arguments: Lexicon.all.map(\.language))
    func everyWordIsLowerCase(_ language: String) throws {
        let lexicon = try #require(Lexicon.named(language))
        var words = lexicon.functionWords.union(lexicon.negations).union(lexicon.purposeLinks)
        words.formUnion(lexicon.modality.keys)
        words.formUnion(lexicon.contextualModality.keys)
        words.formUnion(lexicon.pastAuxiliaries.union(lexicon.presentAuxiliaries).union(lexicon.futureAuxiliaries))
        words.formUnion(lexicon.pronouns.values.joined())
        words.formUnion(lexicon.idiomLinks.union(lexicon.percentWords).union(lexicon.dateLinks))
        words.formUnion(lexicon.cardinals.keys)
        words.formUnion(lexicon.ordinals.keys)
        words.formUnion(lexicon.multipliers.keys)
        words.formUnion(lexicon.weekdays + lexicon.months)
        for word in words { #expect(word == word.lowercased(), "\(language): \(word)") }
    }

    @Test func englishIsConsistent() {
        let english = Lexicon.english
        #expect(english.tens.allSatisfy { english.cardinals[$0] != nil })
        #expect(english.units.allSatisfy { english.cardinals[$0.key] == $0.value && (1...9).contains($0.value) })
        #expect(english.weekdays.count == 7)
        #expect(english.months.count == 12)
        #expect(english.singlePersonPronouns.isSubset(of: Set(english.pronouns.keys)))
        let pronouns = Set(english.pronouns.values.joined())
        #expect(english.subjectPronouns.isSubset(of: pronouns))
        #expect(english.modality.keys.allSatisfy { english.contextualModality[$0] == nil })
    }

    @Test func numbersAndIdiomsAreReadInEveryLanguage() {
        let multipliers = Lexicon.union(\.multipliers)
        #expect(multipliers["million"] == 6)
        #expect(multipliers["millionen"] == 6)
        #expect(multipliers["milliards"] == 9)
        #expect(multipliers["miljoen"] == 6 && multipliers["milhões"] == 6 && multipliers["万"] == 4)
        #expect(
            Lexicon.union(\.percentWords) == [
                "percent", "prozent", "pourcent", "porciento", "percento", "porcento", "procent", "процент",
                "процента", "процентов",
            ])
        #expect(Lexicon.union(\.idiomLinks).isSuperset(of: ["by", "und", "à", "tras"]))
    }
}
