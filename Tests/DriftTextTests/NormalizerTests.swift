import DriftText
import Testing

struct NormalizationCase: Sendable, CustomTestStringConvertible {
    let form: NormalizationForm
    let input: String
    let output: String
    var testDescription: String { "\(form.rawValue): \(input.debugDescription)" }
}

@Suite struct NormalizerTests {
    static let cases: [NormalizationCase] = [
        .init(form: .nfc, input: "e\u{301}", output: "é"),
        .init(form: .nfd, input: "é", output: "e\u{301}"),
        .init(form: .nfkc, input: "ﬁ ①", output: "fi 1"),
        .init(form: .nfkd, input: "ǅ", output: "Dz\u{30C}"),
        .init(form: .nfkcCasefold, input: "Straße İstanbul ＡＢＣ", output: "strasse i\u{307}stanbul abc"),
        .init(form: .nfkcCasefold, input: "Plain ASCII", output: "plain ascii"),
        .init(form: .nfc, input: "Plain ASCII", output: "Plain ASCII"),
    ]

    @Test(arguments: cases)
    func normalize(_ example: NormalizationCase) throws {
        #expect(try Normalizer(example.form).normalize(example.input) == example.output)
    }

    @Test func caseFolding() {
        #expect(Normalizer.caseFold("Straße") == "strasse")
        #expect(Normalizer.caseFold("ΣΊΣΥΦΟΣ") == "σίσυφοσ")
        #expect(Normalizer.caseFold("MiXeD") == "mixed")
    }
}
