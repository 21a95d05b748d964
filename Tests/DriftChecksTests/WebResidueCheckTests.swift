import DriftChecks
import DriftText
import Testing

@Suite struct WebResidueCheckTests {
    @Test(arguments: [
        "Ad image", "5 Min Read", "Share This Article", "Leave a comment", "Leave a Reply", "Exit mobile version",
        "Your email address will not be published. Required fields are marked *", "Live Event", "Advertisement",
        "Sign up for our daily newsletter", "We use cookies to improve your experience.",
        "Original Source: www.military.com",
        "Read more", "3 comments",
    ])
    func furnitureLinesAreFlagged(_ line: String) throws {
        let string = "The minister resigned on Friday.\n\(line)\nHe left the capital at once."
        let findings = WebResidueCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string)))
        #expect(CheckFixtures.words(findings, in: string).joined(separator: " ") == line)
        #expect(findings.allSatisfy { $0.severity == .minor && $0.category == .other })
        // The replacement is literal text a script can apply: empty, to delete the line; the
        // advice to people is the explanation, not the replacement.
        #expect(findings.allSatisfy { $0.suggestion == "" && $0.explanation?.isEmpty == false })
    }

    @Test(arguments: [
        "The comments by the minister were sharp.",
        "Subscribers complained that the newsletter cost more than the subscription.",
        "Share prices fell on Friday.",
        "Live fire exercises began near the border.",
        "The source said the talks would resume.",
    ])
    func articleSentencesAreNot(_ line: String) throws {
        let string = "The minister resigned on Friday.\n\(line)"
        #expect(WebResidueCheck().findings(in: CheckContext(document: try CheckFixtures.checked(string))).isEmpty)
    }

    @Test func aLeadingDateStampIsCutOffItsSentence() throws {
        let string = " date 2025-03-14 The head of the group was killed in Iraq. Officials confirmed it."
        let document = try CheckFixtures.checked(string)
        let spans = Boilerplate.spans(in: document.segmented)
        #expect(spans.count == 1)
        #expect(spans.first?.wholeSentence == false && spans.first?.reason == "date stamp")
        let sentences = Boilerplate.articleSentences(of: document.segmented, excluding: spans)
        #expect(
            sentences.map { Text(string)[$0.range] } == [
                "The head of the group was killed in Iraq.", "Officials confirmed it.",
            ])
    }
}
