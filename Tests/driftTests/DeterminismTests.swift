import DriftTestSupport
import Foundation
import Testing

/// The same input gives byte-identical output: from run to run, whatever the locale of the
/// environment and however many threads the BLAS library and drift's workers use.
@Suite struct DeterminismTests {
    static let environments: [[String: String]] = [
        [:],
        ["LANG": "C", "LC_ALL": "C"],
        ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"],
        ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"],
    ]

    static let reference = "seeds/002_afb0eaf99028a645.txt"
    static let versions = ["seeds/000_e9b24277e7831f18.txt", "seeds/001_7405a5fede031660.txt"]

    static let commands: [[String]] = [
        ["compare", "--format", "json", reference] + versions,
        ["compare", "--format", "html", reference] + versions,
        ["align", "--format", "json", reference, versions[1]],
        ["check", "--format", "json", versions[1]],
        ["score", "-m", "bleu,chrf,ter", "--ref", "Fixtures/sacrebleu/ted.ref", "Fixtures/sacrebleu/ted.hyp.sysA"],
        ["segment", "--format", "jsonl", "Fixtures/input/utf16le.txt", "seeds/003_9460cee746a1b6c2.txt"],
    ]

    @Test(arguments: commands)
    func outputIsTheSameEveryTime(_ arguments: [String]) throws {
        let first = try CLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.isEmpty)
        for environment in Self.environments {
            let again = try CLI.run(arguments, environment: environment)
            #expect(again.status == first.status)
            #expect(again.stdout == first.stdout, "differs with \(environment)")
        }
    }

    @Test func pairsAreTheSameInBatchesAndOneByOne() throws {
        let lines = try Fixtures.string(Fixtures.path("sacrebleu/ted.ref")).split(separator: "\n").prefix(3)
        let hypotheses = try Fixtures.string(Fixtures.path("sacrebleu/ted.hyp.sysA")).split(separator: "\n").prefix(3)
        var input = ""
        for (k, (reference, candidate)) in zip(lines, hypotheses).enumerated() {
            let object: [String: Any] = ["id": k, "reference": String(reference), "candidate": String(candidate)]
            input += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let together = try CLI.run(["pairs", "-"], stdin: Data(input.utf8))
        #expect(together.status == 0, "\(together.stderr)")
        let alone = try input.split(separator: "\n").map { line in
            try CLI.run(["pairs", "-"], stdin: Data((line + "\n").utf8)).stdout
        }.joined()
        #expect(alone == together.stdout)
        let again = try CLI.run(
            ["pairs", "-"], stdin: Data(input.utf8), environment: ["OPENBLAS_NUM_THREADS": "1", "LANG": "tr_TR.UTF-8"])
        #expect(again.stdout == together.stdout)
    }
}
