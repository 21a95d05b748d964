import DriftTestSupport
import Foundation

/// Runs the built `drift` executable, which sits next to the test bundle.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the run was stopped for passing its time limit.
        var timedOut = false
    }

    /// The `drift` next to the test bundle, or the one `DRIFT_EXECUTABLE` names (`make
    /// test-heavy` runs the heavy inputs through a release build).
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["DRIFT_EXECUTABLE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundleFolder.appendingPathComponent("drift")
    }()

    /// Writing to a pipe whose reader has gone (a drift that exits before reading all of its
    /// input, a FIFO given up on) fails the write instead of killing the test process.
    static let ignoresBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Runs drift with `arguments` in `Fixtures/`, feeding `stdin`; a run past `limit` seconds
    /// is killed and reported as timed out, so that a hang fails the test instead of the suite.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil, limit: TimeInterval = 300
    ) throws -> Result {
        CLI.ignoresBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.root)
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        let timer = DispatchSource.makeTimerSource()
        nonisolated(unsafe) var timedOut = false
        timer.schedule(deadline: .now() + limit)
        timer.setEventHandler {
            timedOut = true
            process.terminate()
        }
        timer.resume()
        // Both pipes are drained at once, so that a full one never blocks the other.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) {
            if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
            try? input.fileHandleForWriting.close()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            timedOut: timedOut
        )
    }
}
