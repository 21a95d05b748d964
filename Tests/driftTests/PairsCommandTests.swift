import DriftTestSupport
import Foundation
import Testing

@Suite struct PairsCommandTests {
    private func rows(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test func scoresEveryPairInOrder() throws {
        let input = """
            {"id": 1, "reference": "The cat sat on the mat.", "candidate": "The cat sat on the mat."}
            {"id": "two", "reference": "The cat sat on the mat.", "candidate": "A dog stood."}
            {"reference": "Ünïcödé “quotes”", "candidate": "Unicode quotes", "id": [3]}

            """
        let result = try CLI.run(["pairs", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let records = try rows(result.stdout)
        #expect(records.count == 3)
        #expect(records[0]["id"] as? Int == 1)
        #expect(records[1]["id"] as? String == "two")
        #expect(records[2]["id"] as? [Int] == [3])
        #expect(abs((records[0]["chrf"] as? Double ?? 0) - 100) < 1e-9)
        #expect(abs((records[0]["bleu"] as? Double ?? 0) - 100) < 1e-9)
        #expect(records[0]["ter"] as? Double == 0)
        #expect((records[1]["chrf"] as? Double ?? 100) < 30)
        #expect(records[0]["drift"] as? Double == 0)
        #expect(records[0]["label"] as? String == "identical")
        #expect((records[1]["drift"] as? Double ?? 0) > 0.5)
        #expect(records[1]["label"] as? String == "changed")
        #expect(records[1]["evidence"] is [String])
        #expect(records[0]["features"] == nil)
    }

    @Test func featuresOnRequest() throws {
        let input = #"{"id": 1, "reference": "The minister resigned.", "candidate": "The minister quit."}"# + "\n"
        let result = try CLI.run(["pairs", "--features", "--lexical", "-"], stdin: Data(input.utf8))
        let record = try #require(try rows(result.stdout).first)
        let features = try #require(record["features"] as? [String: Any])
        #expect(features["reference_loss"] is Double)
        #expect(features.count == 14)
        // Without the encoder there is no cosine to weigh.
        #expect(features["semantic_gap"] is NSNull)
        #expect(record["cosine"] is NSNull)
    }

    @Test func badLinesGiveErrorRecordsAndTheRestGoesOn() throws {
        var input = Data("{\"id\": 1, \"reference\": \"a b c\", \"candidate\": \"a b c\"}\n".utf8)
        input.append(Data("{not json}\n".utf8))
        input.append(Data([0x7B, 0xFF, 0x7D, 0x0A]))
        input.append(Data("{\"id\": 4, \"reference\": \"x\"}\n".utf8))
        input.append(Data("{\"id\": 5, \"reference\": \"a\", \"candidate\": \"b\"}".utf8))
        let result = try CLI.run(["pairs", "-"], stdin: input)
        #expect(result.status == 1)
        let records = try rows(result.stdout)
        #expect(records.count == 5)
        #expect(records[1]["line"] as? Int == 2)
        #expect((records[1]["error"] as? String)?.contains("invalid JSON") == true)
        #expect(records[2]["error"] as? String == "invalid UTF-8")
        #expect(records[3]["id"] as? Int == 4)
        #expect((records[3]["error"] as? String)?.contains("candidate") == true)
        #expect(records[4]["id"] as? Int == 5)
        #expect(records[4]["chrf"] != nil)
        #expect(result.stderr.contains("3 of 5 lines"))
    }

    @Test func matchesSentenceChrFOfSacreBLEU() throws {
        let hypotheses = try Fixtures.string(Fixtures.path("sacrebleu/ted.hyp.sysA")).split(
            separator: "\n", omittingEmptySubsequences: false)
        let references = try Fixtures.string(Fixtures.path("sacrebleu/ted.ref")).split(
            separator: "\n", omittingEmptySubsequences: false)
        var input = ""
        for index in 0..<3 {
            let object: [String: Any] = [
                "id": index, "reference": String(references[index]), "candidate": String(hypotheses[index]),
            ]
            input += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let records = try rows(try CLI.run(["pairs", "-"], stdin: Data(input.utf8)).stdout)
        let expected = [49.30892498537213, 83.46926689405149, 74.69927257078962]
        for (record, value) in zip(records, expected) {
            #expect(abs((record["chrf"] as? Double ?? 0) - value) < 1e-9)
        }
    }

    @Test func missingFile() throws {
        let result = try CLI.run(["pairs", "Fixtures/no-such.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such.jsonl"))
    }
}
