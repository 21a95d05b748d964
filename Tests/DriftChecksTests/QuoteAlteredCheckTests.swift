import DriftChecks
import Testing

@Suite struct QuoteAlteredCheckTests {
    func findings(reference: String, version: String, witnesses: [String] = []) throws -> [Finding] {
        QuoteAlteredCheck().findings(
            in: try CheckFixtures.context(reference: reference, version: version, witnesses: witnesses))
    }

    @Test func aQuoteAlteredAgainstTheReferenceIsCritical() throws {
        let reference = "The minister said: “We will never negotiate with terrorists.” He left."
        let version = "The minister said: “We will not negotiate with the terrorists.” He left."
        let found = try findings(reference: reference, version: version)
        #expect(found.count == 1)
        #expect(found.first?.severity == .critical && found.first?.category == .mistranslation)
        #expect(found.first?.suggestion == "We will never negotiate with terrorists.")
        #expect(CheckFixtures.words(found, in: version) == ["We will not negotiate with the terrorists."])
        #expect(found.first?.referenceSpan != nil)
    }

    @Test(arguments: [
        "The minister said: \"We will never negotiate with terrorists.\" He left.",
        "The minister said: “WE WILL NEVER NEGOTIATE WITH TERRORISTS!” He left.",
        "He left after saying that he would never negotiate with terrorists.",
        "The minister called them “dangerous terrorists” and left.",
    ])
    func theSameWordsOrNoSuchQuoteAreFine(_ version: String) throws {
        let reference = "The minister said: “We will never negotiate with terrorists.” He left."
        #expect(try findings(reference: reference, version: version).isEmpty)
    }

    @Test func whereTheReferenceLacksTheQuoteTheOtherVersionsDecide() throws {
        let reference = "Trump welcomed the news on Friday."
        let version = "Trump welcomed the news on Friday. “Peace through power!” he wrote."
        let witnesses = [
            "Trump welcomed the news. “PEACE THROUGH STRENGTH!” he posted.",
            "Trump wrote: \"Today the leader was killed. PEACE THROUGH STRENGTH!\"",
        ]
        let found = try findings(reference: reference, version: version, witnesses: witnesses)
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "PEACE THROUGH STRENGTH!")
        #expect(found.first?.witnesses.map(\.witness) == [0, 1])
        #expect(found.first?.message.contains("2 other versions") == true)
        // A version that agrees with one witness is not flagged.
        #expect(try findings(reference: reference, version: witnesses[0], witnesses: [version]).isEmpty)
    }
}

extension QuoteAlteredCheckTests {
    @Test(arguments: [
        ("\"We will not raise taxes,\" she said.", "\"We will raise taxes,\" she said.", "We will not raise taxes,"),
        (
            "„Wir werden die Steuern nicht erhöhen“, sagte sie.", "„Wir werden die Steuern erhöhen“, sagte sie.",
            "Wir werden die Steuern nicht erhöhen"
        ),
        (
            "« Nous ne reculerons pas devant la menace », a-t-il dit.",
            "« Nous reculerons devant la menace », a-t-il dit.",
            "Nous ne reculerons pas devant la menace"
        ),
        ("她说：「我们不会提高税收。」", "她说：「我们会提高税收。」", "我们不会提高税收。"),
        (
            "He said: ‘We will not raise taxes this year.’", "He said: ‘We will raise taxes this year.’",
            "We will not raise taxes this year."
        ),
    ])
    func theWholeReferenceQuotationIsTheSpanAndTheSuggestion(
        _ reference: String, _ version: String, _ quotation: String
    ) throws {
        let context = try CheckFixtures.context(reference: reference, version: version)
        let found = QuoteAlteredCheck().findings(in: context)
        try #require(found.count == 1)
        #expect(found[0].suggestion == quotation)
        let span = try #require(found[0].referenceSpan)
        #expect(String(String.UnicodeScalarView(Array(reference.unicodeScalars)[span])) == quotation)
    }

    @Test func anApostropheDoesNotCloseASingleQuote() throws {
        let reference = "He said: ‘We don’t raise taxes this year.’"
        let version = "He said: ‘We do raise taxes this year.’"
        let found = QuoteAlteredCheck().findings(in: try CheckFixtures.context(reference: reference, version: version))
        #expect(found.first?.suggestion == "We don’t raise taxes this year.")
    }
}
