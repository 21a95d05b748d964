import DriftAlign
import DriftText
import Testing

@Suite struct WordDifferTests {
    /// The diff of two sentences, as `kind:relation:reference→version` strings.
    func diff(_ reference: String, _ version: String) throws -> [String] {
        let tokenizer = try Tokenizer()
        let analyzer = try TokenAnalyzer()
        let left = Text(reference)
        let right = Text(version)
        let operations = WordDiffer().diff(
            reference: tokenizer.tokens(in: left).map { ($0, analyzer.features(of: $0, in: left)) },
            version: tokenizer.tokens(in: right).map { ($0, analyzer.features(of: $0, in: right)) })
        return operations.map { operation in
            let relation = operation.kind == .substituted ? ":" + operation.relation!.rawValue : ""
            return
                "\(operation.kind.rawValue)\(relation):\(operation.reference.map { left[$0] } ?? "")→\(operation.version.map { right[$0] } ?? "")"
        }
    }

    @Test func garbledNameIsOneSubstitution() throws {
        #expect(
            try diff("an airstrike in Anbar province", "an airstrike in Amber province") == [
                "equal:an airstrike in→an airstrike in", "substituted:spelling:Anbar→Amber", "equal:province→province",
            ])
    }

    @Test(arguments: [
        ("PEACE THROUGH STRENGTH", "Peace through strength", "folded"),
        ("al-Rifai", "al-Rifaï", "folded"),
        ("ruled", "rules", "stem"),
        ("Muhammad", "Mohammed", "name"),
        ("Rifai", "Lifai", "spelling"),
        ("strength", "power", "unrelated"),
    ])
    func relations(_ reference: String, _ version: String, _ relation: String) throws {
        let operations = try diff(reference, version).filter { $0.hasPrefix("substituted") }
        #expect(!operations.isEmpty)
        #expect(operations.allSatisfy { $0.hasPrefix("substituted:\(relation):") })
    }

    @Test func insertionsAndDeletions() throws {
        #expect(
            try diff("the minister said on Friday", "the minister said") == [
                "equal:the minister said→the minister said", "deleted:on Friday→",
            ])
        #expect(try diff("he left", "he left the room") == ["equal:he left→he left", "inserted:→the room"])
        #expect(try diff("", "new text") == ["inserted:→new text"])
        #expect(try diff("old text", "") == ["deleted:old text→"])
        #expect(try diff("", "").isEmpty)
    }

    @Test func aRemovedWordDoesNotShiftThePairing() throws {
        #expect(
            try diff("The Iraqi prime minister announced Friday", "The prime minister announced Friday") == [
                "equal:The→The", "deleted:Iraqi→",
                "equal:prime minister announced Friday→prime minister announced Friday",
            ])
    }
}
