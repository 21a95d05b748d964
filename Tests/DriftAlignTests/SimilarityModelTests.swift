import DriftAlign
import DriftText
import Testing

@Suite struct SimilarityModelTests {
    func similarity(_ a: String, _ b: String) throws -> Similarity {
        let aligner = try Aligner()
        let (left, right) = aligner.profiles(
            reference: aligner.documentAnalyzer.segment(Text(a)), version: aligner.documentAnalyzer.segment(Text(b)))
        return aligner.options.similarity.compare(left[0], right[0])
    }

    @Test func identicalSentencesScoreOne() throws {
        let value = try similarity("The minister resigned on Friday.", "The minister resigned on Friday.")
        #expect(abs(value.value - 1) < 1e-6)
        #expect(value.lengthRatio == 1)
    }

    @Test(arguments: [
        ("Prime Minister Muhammad al-Sudani spoke in Baghdad.", "Prime Minister Mohammed al-Sudani spoke in Baghdad."),
        ("The group al-Qaeda claimed the attack.", "The group Al Qaida claimed the attack."),
        ("The airstrike hit Anbar province in western Iraq.", "The air strike hit Amber province in western Iraq."),
    ])
    func spellingVariantsStayClose(_ a: String, _ b: String) throws {
        #expect(try similarity(a, b).value > 0.6)
    }

    @Test func unrelatedSentencesScoreLow() throws {
        let value = try similarity(
            "The minister resigned on Friday after the vote.", "Heavy rain flooded the harbour of the old town.")
        #expect(value.value < 0.2)
    }

    @Test func numbersCount() throws {
        let same = try similarity("Troops will leave by September 2025.", "Troops will leave by September 2025.")
        let other = try similarity("Troops will leave by September 2025.", "Troops will leave by September 2026.")
        #expect(other.value < same.value)
        #expect(other.words < same.words)
    }
}
