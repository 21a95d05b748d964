import DriftText
import Testing

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Al-Rifai", "al Rifaï"),
        ("Muhammad", "Mohammed"),
        ("al-Qaeda", "Al Qaida"),
        ("Tchaikovsky", "Chaikovsky"),
        ("Hussein", "Husain"),
    ])
    func variantsShareASkeleton(_ first: String, _ second: String) throws {
        let transliterator = try Transliterator()
        #expect(
            NameKey(first, transliterator: transliterator).skeleton
                == NameKey(second, transliterator: transliterator).skeleton)
    }

    @Test func foldedKey() throws {
        let transliterator = try Transliterator()
        #expect(NameKey("Al-Rifai", transliterator: transliterator).folded == "alrifai")
        #expect(NameKey("Ḥusayn", transliterator: transliterator).folded == "husayn")
        #expect(NameKey("Москва", transliterator: transliterator).folded == "moskva")
        #expect(NameKey("الرفاعي", transliterator: transliterator).folded.allSatisfy { $0.isASCII && $0.isLetter })
    }

    @Test(arguments: [("Anbar", "Amber"), ("Hussein", "Huad"), ("Iraq", "Iran")])
    func differentNamesDiffer(_ first: String, _ second: String) throws {
        let transliterator = try Transliterator()
        #expect(
            NameKey(first, transliterator: transliterator).skeleton
                != NameKey(second, transliterator: transliterator).skeleton)
    }
}
