import DriftTestSupport
import Foundation
import Testing

@Suite(.enabled(if: EncoderModel.isInstalled, EncoderModel.missing))
struct EmbedCommandTests {
    @Test func oneUnitVectorPerLineWithOffsets() throws {
        let input = "The weather is lovely today.\n\n  It's so sunny outside!\nHe drove to the stadium.\n"
        let result = try CLI.run(["embed", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        #expect(records[1]["text"] as? String == "It's so sunny outside!")
        #expect(records[1]["start"] as? Int == 32 && records[1]["end"] as? Int == 54)
        let vectors = try records.map { try #require($0["vector"] as? [Double]) }
        #expect(vectors.allSatisfy { $0.count == 384 && abs($0.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4 })
        let cosine = zip(vectors[0], vectors[1]).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(cosine - 0.666) < 1e-3)
    }

    @Test func sentencesOfASeed() throws {
        let result = try CLI.run(["embed", "--sentences", "seeds/002_afb0eaf99028a645.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 11)
    }

    @Test func aMissingModelFolderIsExplained() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["embed", "-"]
        process.environment = ["DRIFT_MODEL_DIR": "/nonexistent/model"]
        let error = Pipe()
        process.standardError = error
        let input = Pipe()
        process.standardInput = input
        try process.run()
        try input.fileHandleForWriting.close()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("/nonexistent/model"))
        #expect(message.contains("make setup"))
    }
}
