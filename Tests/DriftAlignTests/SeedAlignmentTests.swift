import DriftAlign
import DriftTestSupport
import DriftText
import Testing

/// The story the tool was designed on: 002 is the agency text, 000 an AI rewrite, 001 a
/// machine translation with garbled names.
@Suite struct SeedAlignmentTests {
    static let reference = "002_afb0eaf99028a645.txt"

    func align(_ version: String) throws -> Alignment {
        try Aligner().align(
            reference: Text(try Fixtures.string(Fixtures.seed(Self.reference))),
            version: Text(try Fixtures.string(Fixtures.seed(version))))
    }

    /// Pairs checked by eye: a sentence of 000 (by its opening words) restates the sentence
    /// of 002 that opens with the second string.
    @Test(arguments: [
        ("The leader of the Islamic State", "date 2025-03-14 The head of the Islamic State"),
        ("Prime Minister Mohammed Shia al-Sudani praised", "\"The Iraqis continue"),
        ("The militant leader, Abdallah Maki", "Abdallah Maki Mosleh al-Rifai, or"),
        ("According to a security official", "A security official who spoke"),
        ("These officials spoke anonymously", "A security official who spoke"),
        ("The announcement of the operation and the diplomatic visit", "The operation comes at a time"),
        ("While Syria’s new leaders", "While Syria's new rulers"),
        ("In light of these developments", "The U.S. and Iraq announced an agreement"),
        ("Although Iraqi leaders initially deemed", "But the fall of Assad"),
    ])
    func rewriteRestatementsAreLinked(_ versionOpening: String, _ referenceOpening: String) throws {
        let alignment = try align("000_e9b24277e7831f18.txt")
        let found = try #require(link(containing: versionOpening, in: alignment))
        let referenceSentences = found.reference.map { alignment.reference.string(ofSentence: $0) }
        #expect(referenceSentences.contains { $0.hasPrefix(referenceOpening) }, "linked to \(referenceSentences)")
    }

    @Test func garbledProvinceLinksToAnbar() throws {
        let alignment = try align("001_7405a5fede031660.txt")
        let found = try #require(
            link(
                containing: "Security officials said the operation was carried out by air strikes in Amber province",
                in: alignment))
        let reference = found.reference.map { alignment.reference.string(ofSentence: $0) }.joined(separator: " ")
        #expect(reference.contains("airstrike in Anbar province"))
        // The diff pairs the names as one substitution of a close spelling.
        let text = alignment.version.text
        let substitution = try #require(found.diff.first { $0.version.map { text[$0] } == "Amber" })
        #expect(substitution.kind == .substituted)
        #expect(substitution.relation == .spelling)
        #expect(substitution.reference.map { alignment.reference.text[$0] } == "Anbar")
    }

    @Test func webResidueIsAdded() throws {
        let alignment = try align("001_7405a5fede031660.txt")
        for residue in ["Ad image", "Leave a Reply", "Exit mobile version"] {
            #expect(link(containing: residue, in: alignment)?.type == .added)
        }
    }

    private func link(containing opening: String, in alignment: Alignment) -> Link? {
        alignment.links.first { link in
            link.version.contains { alignment.version.string(ofSentence: $0).hasPrefix(opening) }
        }
    }
}
