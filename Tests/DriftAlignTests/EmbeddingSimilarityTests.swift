import DriftAlign
import DriftTestSupport
import DriftText
import PropertyBased
import Testing

private let words = [
    "minister", "Baghdad", "announced", "ceasefire", "province", "Friday", "officials", "airstrike", "king",
    "queen", "married", "monarch", "wife", "took", "the", "of", "rain", "harbour",
]
private let sentence = Gen<String?>.element(of: words).array(of: 2...10)
    .map { ($0.compactMap { $0 }.joined(separator: " ")) + "." }

@Suite struct EmbeddingSimilarityTests {
    /// The similarity of the first sentences of two texts, with and without embeddings.
    func similarities(_ a: String, _ b: String) throws -> (lexical: Similarity, semantic: Similarity) {
        let lexical = try Aligner()
        let semantic = try Aligner(embedder: LetterEmbedder())
        let plain = lexical.profiles(
            reference: lexical.documentAnalyzer.segment(Text(a)), version: lexical.documentAnalyzer.segment(Text(b)))
        let embedded = semantic.profiles(
            reference: semantic.documentAnalyzer.segment(Text(a)), version: semantic.documentAnalyzer.segment(Text(b)))
        return (
            lexical.options.similarity.compare(plain.reference[0], plain.version[0]),
            semantic.options.similarity.compare(embedded.reference[0], embedded.version[0])
        )
    }

    @Test func embeddingsRaiseTheSimilarityOfTheSameMeaningInOtherWords() throws {
        // The letter embedder sees an anagram as the same meaning, as an encoder sees a paraphrase.
        let (lexical, semantic) = try similarities("Listen to the silent night.", "Silent: the nightly tent lo.")
        #expect(lexical.cosine == nil)
        #expect(try #require(semantic.cosine) > 0.95)
        #expect(semantic.value > lexical.value + 0.1)
        #expect(semantic.characters == lexical.characters && semantic.words == lexical.words)
    }

    @Test func embeddingsNeverLowerTheSimilarity() async {
        await propertyCheck(count: 60, input: sentence, sentence) { a, b in
            let (lexical, semantic) = try similarities(a, b)
            #expect(semantic.value >= lexical.value - 1e-12)
            #expect(semantic.value <= 1 + 1e-9)
        }
    }

    /// Embeddings only where they pay: the sentences of a link the words leave in doubt and
    /// their neighbours are embedded, once each; sure links are left to the words.
    @Test func onlyDoubtfulLinksAreEmbedded() throws {
        let embedder = LetterEmbedder()
        let aligner = try Aligner(embedder: embedder)
        let reference =
            "The minister resigned on Friday. Officials met in the capital. Officials announced a ceasefire. "
            + "Rain flooded the harbour. The port stayed closed until Monday."
        let version =
            "The minister resigned on Friday. Officials met in the capital. A truce was declared by the cabinet. "
            + "Rain flooded the harbour. The port stayed closed until Monday."
        let alignment = aligner.align(reference: Text(reference), version: Text(version))
        #expect(alignment.links.map(\.type) == Array(repeating: .oneToOne, count: 5))
        #expect(alignment.links.map { $0.similarity?.cosine != nil } == [false, true, true, true, false])
        // Sentences 2–4 of each text: the doubtful third and its neighbours.
        #expect(embedder.embedded == 6)
        // Texts the words align surely need no embedding at all.
        let sure = LetterEmbedder()
        let plain = try Aligner(embedder: sure).align(reference: Text(reference), version: Text(reference))
        #expect(plain.links.allSatisfy { $0.similarity?.cosine == nil })
        #expect(sure.embedded == 0)
    }

    @Test func aMergedGroupIsEmbeddedAsTheSumOfItsSentences() throws {
        let aligner = try Aligner(embedder: LetterEmbedder())
        let alignment = aligner.align(
            reference: Text(
                "The king took a wife from the north and she was crowned queen in the spring of that year."),
            version: Text("The king took a wife from the north. She was crowned queen in the spring of that year."))
        let link = try #require(alignment.links.first)
        #expect(link.type == .oneToTwo)
        #expect(try #require(link.similarity?.cosine) > 0.99)
    }
}
