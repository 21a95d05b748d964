import DriftTestSupport
import Foundation
import Testing

/// The seeds' report loaded in headless Chromium (installed by `make setup`): the script runs
/// under the page's Content-Security-Policy without an error, and the overview and findings are
/// in the DOM it leaves.
@Suite struct BrowserTests {
    /// Chromium's path: `DRIFT_CHROMIUM`, else the first of the usual names on `PATH`.
    static let browser: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["DRIFT_CHROMIUM"] { return path }
        let directories = (environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }()

    /// Runs on a developer's machine when Chromium is there, and always in CI, where its
    /// absence is a failure.
    static let enabled = browser != nil || ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: enabled, "Chromium is not installed (make setup installs it)"))
    func theSeedsReportLoadsWithoutErrors() throws {
        let browser = try #require(Self.browser, "Chromium is not installed: run make setup")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("drift-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("seeds-report.html")
        let versions = Fixtures.seedNames.filter { !$0.hasPrefix("002_") }.map { "seeds/" + $0 }
        let compare = try CLI.run(["compare", "--format", "html", "-o", page.path, "seeds/002_afb0eaf99028a645.txt"] + versions)
        #expect(compare.status == 0, "\(compare.stderr)")
        let json = try CLI.run(["compare", "--format", "json", "seeds/002_afb0eaf99028a645.txt"] + versions)
        let findings = json.stdout.components(separatedBy: "\"check\":").count - 1

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--enable-logging=stderr", "--v=0", "--dump-dom", page.absoluteString,
        ]
        let output = Pipe()
        // The log goes to a file, so that neither pipe can fill while the other is read.
        let logFile = directory.appendingPathComponent("chromium.log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let log = try String(contentsOf: logFile, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(log)")

        // The script ran (the CSP hash admitted it), logged nothing and raised no error.
        #expect(dom.contains("<html lang=\"en\" data-script=\"ready\">"))
        #expect(!dom.contains("data-script-error=\""))
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
        #expect(console.isEmpty, "\(console)")
        // The script showed the filters and counted the findings.
        #expect(dom.contains("<output id=\"filter-count\" aria-live=\"polite\">\(findings) of \(findings) findings shown</output>"))
        #expect(!dom.contains("<form class=\"controls\" id=\"controls\" role=\"search\" aria-label=\"Filter the findings\" hidden"))
        // The overview and every finding.
        #expect(findings > 0)
        #expect(dom.components(separatedBy: "<li class=\"finding ").count - 1 == findings)
        for version in versions {
            #expect(dom.contains("<th scope=\"row\"><a href=\"#v"))
            #expect(dom.contains(version))
        }
        #expect(dom.contains("Peace through power!"))
        #expect(dom.contains("machine translation with errors"))
    }
}
