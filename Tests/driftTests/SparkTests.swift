import DriftTestSupport
import Foundation
import Testing

/// `drift batch --stdin` as the map step of PySpark in local mode (`rdd.pipe`), over 520
/// comparisons in 4 partitions: every id comes back once, with the record a local `drift
/// batch` gives (scripts/spark_check.py). PySpark lives in `.venv-spark` (`make setup`); the
/// test is skipped without it, except where `DRIFT_REQUIRE_SPARK=1` (CI) makes it fail.
@Suite struct SparkTests {
    private static let python = Fixtures.root + "/.venv-spark/bin/python"

    private static var available: Bool {
        FileManager.default.isExecutableFile(atPath: python)
            || ProcessInfo.processInfo.environment["DRIFT_REQUIRE_SPARK"] == "1"
    }

    @Test(.enabled(if: available, "PySpark is not installed (make setup installs it in .venv-spark)"))
    func aSparkPipeGivesTheLocalBatchsRecords() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.python), "PySpark is required here: run make setup")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [
            Fixtures.root + "/scripts/spark_check.py", "--drift", CLI.executable.path, "--seeds",
            Fixtures.root + "/seeds", "--count", "520", "--partitions", "4",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let stdout = String(decoding: outputData, as: UTF8.self)
        let stderr = String(decoding: errorData, as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(stderr.suffix(3000))")
        #expect(stdout.contains("520 records from 4 partitions, each id once"), "\(stdout)")
    }
}
