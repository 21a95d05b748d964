import DriftText
import Testing

@Suite struct StemmerTests {
    @Test(arguments: [("running", "run"), ("announced", "announc"), ("countries", "countri"), ("killed", "kill")])
    func english(_ word: String, _ stem: String) throws {
        #expect(try Stemmer().stem(word) == stem)
    }

    @Test func otherLanguages() throws {
        #expect(try Stemmer(language: "german").stem("häuser") == "haus")
        let french = try Stemmer(language: "fr")
        #expect(french.stem("continuer") == "continu")
        #expect(french.language == "fr")
        #expect(Stemmer.availableLanguages.contains("english"))
    }

    @Test func unknownLanguage() {
        #expect(throws: TextError.self) { try Stemmer(language: "klingon") }
        do {
            _ = try Stemmer(language: "klingon")
        } catch {
            #expect(error.description.contains("klingon"))
            #expect(error.description.contains("english"))
        }
    }
}

@Suite struct ScriptTests {
    @Test(arguments: [("a", "Latn"), ("а", "Cyrl"), ("ع", "Arab"), ("中", "Hani"), ("1", "Zyyy"), ("\u{301}", "Zinh")])
    func scriptOf(_ character: String, _ code: String) {
        #expect(Script(of: character.unicodeScalars.first!).shortName == code)
    }

    @Test func sharedScripts() {
        #expect(Script(of: "1").isShared)
        #expect(Script(of: "\u{301}").isShared)
        #expect(!Script(of: "a").isShared)
        #expect(Script(of: "a").name == "Latin")
    }
}

@Suite struct TransliteratorTests {
    @Test func anyToASCII() throws {
        let transliterator = try Transliterator()
        #expect(transliterator.transliterate("Ḥusayn Москва") == "Husayn Moskva")
        #expect(transliterator.id == "Any-Latin; Latin-ASCII")
    }

    @Test func unknownTransform() {
        #expect(throws: TextError.self) { try Transliterator(id: "No-Such-Transform") }
    }
}
