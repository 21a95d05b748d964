import DriftTestSupport
import Foundation
import Testing

@Suite struct ScoreCommandTests {
    private let directory = "Fixtures/sacrebleu/"

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func jsonLikeSacreBLEU() throws {
        let result = try CLI.run(["score", "--ref", directory + "ted.ref", directory + "ted.hyp.sysA"])
        #expect(result.status == 0)
        let object = try json(result.stdout) as! [String: Any]
        #expect(object["name"] as? String == "BLEU")
        #expect(object["score"] as? Double == 28.7)
        #expect(
            (object["signature"] as? String)?.hasPrefix("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|drift:") == true)
        #expect(
            object["verbose_score"] as? String
                == "59.8/34.2/22.3/14.9 (BP = 1.000 ratio = 1.063 hyp_len = 6016 ref_len = 5662)")
        #expect(object["tok"] as? String == "13a")
        #expect(result.stdout.hasPrefix("{\n \"name\": \"BLEU\",\n \"score\": 28.7,\n"))
    }

    @Test func severalMetricsGiveAList() throws {
        let result = try CLI.run([
            "score", "-r", directory + "ted.ref", "-m", "ter,chrf++,bleu", directory + "ted.hyp.sysA",
        ])
        let list = try json(result.stdout) as! [[String: Any]]
        #expect(list.map { $0["name"] as? String } == ["BLEU", "chrF2++", "TER"])
        #expect(list.map { $0["score"] as? Double } == [28.7, 56.4, 59.4])
    }

    @Test func textLineWithWidth() throws {
        let result = try CLI.run([
            "score", "-r", directory + "ted.ref", "-f", "text", "-w", "2", directory + "ted.hyp.sysA",
        ])
        #expect(result.stdout.hasPrefix("BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|drift:"))
        #expect(
            result.stdout.hasSuffix(
                " = 28.71 59.8/34.2/22.3/14.9 (BP = 1.000 ratio = 1.063 hyp_len = 6016 ref_len = 5662)\n"))
    }

    @Test func sacreBLEUOptionNames() throws {
        let result = try CLI.run([
            "score", "-r", directory + "ted.ref", "-tok", "intl", "-lc", "-m", "bleu", "-b", "-w", "4", "-f", "text",
            directory + "ted.hyp.sysA",
        ])
        #expect(result.status == 0)
        #expect(Double(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) != nil)
    }

    @Test func sentenceLevelJSONLines() throws {
        let result = try CLI.run([
            "score", "-r", directory + "ted.ref", "--sentence-level", "-m", "chrf", "-f", "json",
            directory + "ted.hyp.sysA",
        ])
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 300)
        let first = try json(String(rows[0])) as! [String: Any]
        #expect(first["line"] as? Int == 1)
        #expect(abs((first["chrF2"] as? Double ?? 0) - 49.30892498537213) < 1e-9)
    }

    @Test func pairedBootstrapTable() throws {
        let result = try CLI.run([
            "score", "-r", directory + "ted.ref", "--paired-bs", "--paired-bs-n", "200", "-f", "text",
            directory + "ted.hyp.sysA", directory + "ted.hyp.sysB",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Baseline: \(directory)ted.hyp.sysA"))
        #expect(result.stdout.contains("(p = "))
        #expect(result.stdout.contains("bs:200|seed:12345"))
    }

    @Test func readsHypothesesFromStandardInput() throws {
        let hypotheses = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("sacrebleu/ted.hyp.sysA")))
        let result = try CLI.run(["score", "-r", directory + "ted.ref", "-b", "-f", "text"], stdin: hypotheses)
        #expect(result.stdout == "28.7\n")
    }

    @Test func mismatchedLineCounts() throws {
        let result = try CLI.run(["score", "-r", directory + "ted.ref", directory + "zh.hyp"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("zh.hyp has 3 lines but the reference Fixtures/sacrebleu/ted.ref has 300"))
    }

    @Test(arguments: [
        (["Fixtures/input/empty.txt"], "empty"),
        (["Fixtures/input/invalid-utf8.txt"], "invalid UTF-8 at byte 48 (line 2, column 29)"),
        (["--tokenize", "ja-mecab", "Fixtures/sacrebleu/ted.hyp.sysA"], "not supported"),
        (["--paired-bs", "Fixtures/sacrebleu/ted.hyp.sysA"], "paired test needs a baseline"),
        (["-m", "meteor", "Fixtures/sacrebleu/ted.hyp.sysA"], "unknown metric 'meteor'"),
    ])
    func badInputExitsWith2(_ arguments: [String], _ message: String) throws {
        let reference = arguments.first?.hasPrefix("Fixtures/input") == true ? arguments[0] : directory + "ted.ref"
        let result = try CLI.run(["score", "-r", reference] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func missingReferenceIsAUsageError() throws {
        let result = try CLI.run(["score", directory + "ted.hyp.sysA"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--ref"))
    }

    /// Files longer than one block of the stream (4,096 lines) score as a whole: the test set
    /// repeated 20 times has the same corpus scores, and sentence lines are numbered on.
    @Test func longFilesAreScoredInBlocks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "drift-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["ted.ref", "ted.hyp.sysA"] {
            let text = try Fixtures.string(Fixtures.path("sacrebleu/" + name))
            _ = FileManager.default.createFile(
                atPath: directory.appendingPathComponent(name).path,
                contents: Data(String(repeating: text, count: 20).utf8))
        }
        let arguments = ["score", "-m", "bleu,chrf,ter", "-b", "--ref"]
        let once = try CLI.run(arguments + ["Fixtures/sacrebleu/ted.ref", "Fixtures/sacrebleu/ted.hyp.sysA"])
        let repeated = try CLI.run(
            arguments + [
                directory.appendingPathComponent("ted.ref").path, directory.appendingPathComponent("ted.hyp.sysA").path,
            ])
        #expect(once.status == 0)
        #expect(repeated.stdout == once.stdout)
        let sentences = try CLI.run([
            "score", "-m", "chrf", "--sentence-level", "--format", "json", "--ref",
            directory.appendingPathComponent("ted.ref").path, directory.appendingPathComponent("ted.hyp.sysA").path,
        ])
        let numbers = sentences.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["line"] as? Int
        }
        #expect(numbers == Array(1...6_000))
    }

    /// sacreBLEU's `-m bleu chrf FILE`, the metrics separated by spaces.
    @Test func metricsSeparatedBySpacesAsInSacreBLEU() throws {
        let (reference, system) = (directory + "ted.ref", directory + "ted.hyp.sysA")
        let commas = try CLI.run(["score", "-r", reference, "-m", "bleu,chrf", system])
        let spaces = try CLI.run(["score", "-r", reference, "-m", "bleu", "chrf", system])
        #expect(spaces.status == 0, "\(spaces.stderr)")
        #expect(spaces.stdout == commas.stdout)
        let typo = try CLI.run(["score", "-r", reference, "-m", "bleu", "chfr", system])
        #expect(typo.status == 2 && typo.stderr.contains("unknown metric 'chfr'"))
    }

    @Test func thePairedTableLinesUpAndNotesACopyOfTheBaseline() throws {
        let systems = ["ted.hyp.sysA", "ted.hyp.sysB", "ted.hyp.sysA"].map { directory + $0 }
        let result = try CLI.run(
            ["score", "-r", directory + "ted.ref", "-m", "bleu,chrf", "-f", "text", "--paired-bs"] + systems)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { Array($0) }
        let header = String(lines[0])
        let columns = ["BLEU", "chrF2"].compactMap {
            header.range(of: $0).map { header.distance(from: header.startIndex, to: $0.lowerBound) }
        }
        #expect(columns.count == 2)
        // Every row's cells start under their headings: a digit there, a space before it.
        for row in lines[1...3] {
            for column in columns {
                #expect(row[column].isNumber && row[column - 1] == " ", "\(String(row))")
            }
        }
        #expect(result.stdout.contains("scores exactly as the baseline"))
    }
}
