import DriftTestSupport
import Foundation
import Testing

@testable import DriftEmbed

/// Token ids and embeddings against `Fixtures/minilm/reference_vectors.json`, made by an
/// independent numpy implementation of all-MiniLM-L6-v2. Needs the model (`make setup`); the
/// tests are skipped with a message when it is not installed.
@Suite(.enabled(if: EncoderModel.isInstalled, EncoderModel.missing))
struct EncoderParityTests {
    struct Item: Decodable, Sendable, CustomTestStringConvertible {
        var sentence: String
        var token_ids: [Int32]
        var embedding_first8: [Float]
        var embedding_norm: Float
        var testDescription: String { String(sentence.prefix(40)) }
    }

    struct Reference: Decodable {
        var items: [Item]
    }

    static let items: [Item] = {
        guard let data = FileManager.default.contents(atPath: Fixtures.path("minilm/reference_vectors.json")),
            let reference = try? JSONDecoder().decode(Reference.self, from: data)
        else { return [] }
        return reference.items
    }()

    /// One encoder for the whole suite would not be Sendable; loading takes a fraction of a second.
    static func encoder() -> SentenceEncoder? { try? SentenceEncoder() }

    @Test func theFixtureIsThere() {
        #expect(Self.items.count == 10)
    }

    @Test(arguments: items)
    func tokenIds(_ item: Item) throws {
        let encoder = try #require(Self.encoder())
        #expect(encoder.tokenizer.ids(item.sentence) == item.token_ids)
    }

    @Test(arguments: items)
    func embeddings(_ item: Item) throws {
        let encoder = try #require(Self.encoder())
        let vector = encoder.embed(item.sentence)
        #expect(vector.count == 384)
        for (ours, theirs) in zip(vector.prefix(8), item.embedding_first8) {
            #expect(abs(ours - theirs) < 1e-4, "\(Array(vector.prefix(8))) vs \(item.embedding_first8)")
        }
        let norm = vector.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(norm - item.embedding_norm) < 1e-4)
    }

    @Test func cosinesOfTheModelCard() throws {
        let encoder = try #require(Self.encoder())
        let vectors = encoder.embed([
            "The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium.",
        ])
        #expect(abs(SentenceEncoder.cosine(vectors[0], vectors[1]) - 0.666) < 1e-3)
        #expect(abs(SentenceEncoder.cosine(vectors[0], vectors[2]) - 0.1046) < 1e-3)
        #expect(abs(SentenceEncoder.cosine(vectors[1], vectors[2]) - 0.1411) < 1e-3)
    }

    @Test func batchesGiveWhatSingleSentencesGive() throws {
        EncoderContract.batchesGiveWhatSingleSentencesGive(try #require(Self.encoder()), Self.items.map(\.sentence))
    }

    @Test func threadsShareTheWorkAndGetWhatOneCallGets() throws {
        EncoderContract.threadsShareTheWork(
            try #require(Self.encoder()), alone: try #require(Self.encoder()), Self.items.map(\.sentence), window: 6,
            encodedCount: \.encodedCount)
    }
}
