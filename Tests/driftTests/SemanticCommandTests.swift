import DriftRecords
import DriftReport
import DriftTestSupport
import Foundation
import Testing

/// `drift pairs`, `align` and `compare` with the sentence encoder, and without it (`--lexical`).
@Suite(.enabled(if: EncoderModel.isInstalled, EncoderModel.missing))
struct SemanticCommandTests {
    static let reference = "seeds/002_afb0eaf99028a645.txt"

    @Test func pairsCarryTheCosine() throws {
        let input = """
            {"id": 1, "reference": "The weather is lovely today.", "candidate": "It's so sunny outside!"}
            {"id": 2, "reference": "The weather is lovely today.", "candidate": "He drove to the stadium."}
            """
        let result = try CLI.run(["pairs", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.stdout.split(separator: "\n").map { try JSONValue(parsing: String($0)) }
        guard case .double(let close)? = rows[0]["cosine"], case .double(let far)? = rows[1]["cosine"] else {
            Issue.record("no cosine in \(result.stdout)")
            return
        }
        // The model card's figures for these sentences: 0.666 and 0.105.
        #expect(abs(close - 0.666) < 2e-3 && abs(far - 0.105) < 2e-3)
        let lexical = try CLI.run(["pairs", "--lexical", "-"], stdin: Data(input.utf8))
        #expect(
            try lexical.stdout.split(separator: "\n").allSatisfy {
                try JSONValue(parsing: String($0))["cosine"] == .null
            }
        )
    }

    @Test func compareRecordsWhetherEmbeddingsWereUsed() throws {
        let version = "seeds/000_e9b24277e7831f18.txt"
        let semantic = try JSONValue(
            parsing: try CLI.run(["compare", "--format", "json", Self.reference, version]).stdout)
        #expect(semantic["embeddings"] == .bool(true))
        guard case .array(let versions)? = semantic["versions"], case .array(let links)? = versions.first?["links"]
        else {
            Issue.record("no links")
            return
        }
        #expect(
            links.contains { link in
                if case .double? = link["similarity"]?["cosine"] { return true }
                return false
            })
        let lexical = try JSONValue(
            parsing: try CLI.run(["compare", "--lexical", "--format", "json", Self.reference, version]).stdout)
        #expect(lexical["embeddings"] == .bool(false))
    }

    /// The seeds with 002 as the reference, judged with embeddings.
    @Test func seedVerdicts() throws {
        let versions = ["000_e9b24277e7831f18", "001_7405a5fede031660", "003_9460cee746a1b6c2", "004_df8b31a6f8742c59"]
        let result = try CLI.run(["compare", "--format", "json", Self.reference] + versions.map { "seeds/\($0).txt" })
        #expect(result.status == 0, "\(result.stderr)")
        guard case .array(let judged)? = try JSONValue(parsing: result.stdout)["versions"] else {
            Issue.record("no versions")
            return
        }
        let verdicts = judged.map { $0["judgement"]?["verdict"] }
        #expect(verdicts[0] == .string("paraphrase") || verdicts[0] == .string("faithful"))
        #expect(verdicts[1] == .string("machine translation with errors"))
        #expect(verdicts[2] == .string("summary"))
        #expect(verdicts[3] == .string("partial overlap"))
        let garbled = judged.map { version -> Int in
            guard case .int(let count)? = version["judgement"]?["labels"]?["garbled"] else { return -1 }
            return count
        }
        #expect(garbled[0] == 0)
        #expect(garbled[1] == garbled.max() && garbled[1] > 0)
    }
}
