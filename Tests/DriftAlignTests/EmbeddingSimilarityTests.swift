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

    /// Embeddings only where they pay: the sentences of links that a meaning could overturn are
    /// embedded, once each; the links the words settle are left to them.
    @Test func onlyLinksTheMeaningCouldOverturnAreEmbedded() throws {
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
        // The reworded third sentence: no merge with its identical neighbours could beat theirs.
        #expect(alignment.links.map { $0.similarity?.cosine != nil } == [false, false, true, false, false])
        #expect(embedder.embedded == 2)
        // Texts the words align surely need no embedding at all.
        let sure = LetterEmbedder()
        let plain = try Aligner(embedder: sure).align(reference: Text(reference), version: Text(reference))
        #expect(plain.links.allSatisfy { $0.similarity?.cosine == nil })
        #expect(sure.embedded == 0)
    }

    /// The higher the cosine that embeddings are taken to reach, the more links they could
    /// overturn and the more sentences are embedded; at or below the cosine of unrelated
    /// sentences, none.
    @Test func aHigherCeilingEmbedsMore() async {
        let paragraph = sentence.array(of: 2...8).map { $0.joined(separator: " ") }
        await propertyCheck(count: 40, input: paragraph, paragraph) { reference, version in
            var counts: [Int] = []
            for ceiling in [0.3, 0.6, 0.8, 1] {
                let embedder = LetterEmbedder()
                _ = try Aligner(options: AlignmentOptions(ceilingCosine: ceiling), embedder: embedder)
                    .align(reference: Text(reference), version: Text(version))
                counts.append(embedder.embedded)
            }
            #expect(counts[0] == 0)
            #expect(counts == counts.sorted(), "\(counts)")
        }
    }

    @Test func aMergedGroupIsEmbeddedAsTheSumOfItsSentences() throws {
        // The letter embedder reads the anagrams as one meaning, and so the sum of the version's
        // two sentences as the reference's one.
        let aligner = try Aligner(options: AlignmentOptions(ceilingCosine: 1), embedder: LetterEmbedder())
        let alignment = aligner.align(
            reference: Text("Listen to the silent night and the inlets."),
            version: Text("Silent: the nightly tent lo. Sand tithe lines."))
        let link = try #require(alignment.links.first)
        #expect(link.type == .oneToTwo)
        #expect(try #require(link.similarity?.cosine) > 0.99)
    }
}
