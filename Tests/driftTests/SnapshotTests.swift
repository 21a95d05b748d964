import DriftTestSupport
import Foundation
import Testing

/// Each command's text output on the seeds, against the recording in `Fixtures/snapshots/`, so
/// that any change of what a user reads is a reviewed diff. Run with `DRIFT_RECORD_SNAPSHOTS=1`
/// to write the recordings anew (the tests then fail, to say they recorded), and review them
/// with `git diff Fixtures/snapshots`.
///
/// The comparisons are `--lexical`: the sentence encoder's model may be missing, and its
/// floating point may differ between machines' BLAS builds.
@Suite struct SnapshotTests {
    struct Snapshot: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var stdin: String?
        var testDescription: String { name }
    }

    static let reference = "seeds/002_afb0eaf99028a645.txt"
    static let versions = [
        "seeds/000_e9b24277e7831f18.txt", "seeds/001_7405a5fede031660.txt", "seeds/003_9460cee746a1b6c2.txt",
        "seeds/004_df8b31a6f8742c59.txt",
    ]

    static let snapshots: [Snapshot] = [
        Snapshot(name: "segment", arguments: ["segment", "seeds/003_9460cee746a1b6c2.txt"]),
        Snapshot(name: "segment-jsonl", arguments: ["segment", "--format", "jsonl", "seeds/004_df8b31a6f8742c59.txt"]),
        Snapshot(name: "align", arguments: ["align", "--lexical", reference, versions[1]]),
        Snapshot(name: "compare", arguments: ["compare", "--lexical", reference] + versions),
        Snapshot(name: "compare-brief", arguments: ["compare", "--lexical", "--brief", reference] + versions),
        Snapshot(name: "compare-csv", arguments: ["compare", "--lexical", "--format", "csv", reference] + versions),
        Snapshot(name: "check", arguments: ["check", versions[1]]),
        Snapshot(
            name: "score",
            arguments: [
                "score", "-m", "bleu,chrf,ter", "--ref", "Fixtures/sacrebleu/ted.ref",
                "Fixtures/sacrebleu/ted.hyp.sysA",
            ]),
        Snapshot(
            name: "pairs", arguments: ["pairs", "--lexical", "-"],
            stdin: """
                {"id": 1, "reference": "The company lost 4.2 million euros last year.", "candidate": "The company lost 42 million euros last year."}
                {"id": 2, "reference": "The president praised the new law.", "candidate": "The president criticised the new law."}
                {"id": 3, "reference": "We will not raise taxes, she said.", "candidate": "We will not raise taxes, she said."}
                {"id": 4, "reference": "The council met late.", "candidate": "The Council met late."}

                """),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["DRIFT_RECORD_SNAPSHOTS"] != nil }

    @Test(arguments: snapshots)
    func outputIsAsRecorded(_ snapshot: Snapshot) throws {
        let result = try CLI.run(snapshot.arguments, stdin: snapshot.stdin.map { Data($0.utf8) })
        #expect(result.status == 0, "\(result.stderr)")
        let path = Fixtures.path("snapshots/\(snapshot.name).txt")
        if Self.recording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path): unset DRIFT_RECORD_SNAPSHOTS and review the diff")
            return
        }
        let recorded = try Fixtures.string(path)
        #expect(result.stdout == recorded, "\(Self.firstDifference(result.stdout, recorded))")
    }

    /// Where two outputs first differ, as `line N: got … / recorded …`.
    static func firstDifference(_ output: String, _ recorded: String) -> String {
        // By Character: "\r\n" (CSV) is one Character, and a newline.
        let a = output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let b = recorded.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for index in 0..<max(a.count, b.count) {
            let got = index < a.count ? String(a[index]) : "(end)"
            let want = index < b.count ? String(b[index]) : "(end)"
            if got != want {
                return "line \(index + 1): got \(got.debugDescription) / recorded \(want.debugDescription);"
                    + " DRIFT_RECORD_SNAPSHOTS=1 records the new output"
            }
        }
        return "no difference"
    }
}
