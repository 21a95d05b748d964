import DriftRecords
import DriftReport
import DriftTestSupport
import Foundation
import Testing

/// The seeds' report loaded in headless Chromium (installed by `make setup`): the script runs
/// under the page's Content-Security-Policy without an error, the overview and findings are in
/// the DOM it leaves, and a link can open the report filtered.
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

    static let versions = Fixtures.seedNames.filter { !$0.hasPrefix("002_") }.map { "seeds/" + $0 }

    /// The seeds' report in a fresh folder, and its findings by severity (from the JSON).
    static func report() throws -> (page: URL, findings: [String: Int]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "drift-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let page = directory.appendingPathComponent("seeds-report.html")
        let compare = try CLI.run(
            ["compare", "--format", "html", "-o", page.path, "seeds/002_afb0eaf99028a645.txt"] + versions)
        #expect(compare.status == 0, "\(compare.stderr)")
        let json = try CLI.run(["compare", "--format", "json", "seeds/002_afb0eaf99028a645.txt"] + versions)
        var findings: [String: Int] = [:]
        for severity in ["critical", "major", "minor"] {
            findings[severity] = json.stdout.components(separatedBy: "\"severity\":\"\(severity)\"").count - 1
        }
        return (page, findings)
    }

    /// The DOM Chromium leaves after the page's script ran, and what it logged.
    static func load(_ url: String, browser: String, profile: URL) throws -> (dom: String, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = [
            "120", browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0", "--dump-dom", url,
        ]
        let output = Pipe()
        // The log goes to a file, so that neither pipe can fill while the other is read.
        let logFile = profile.appendingPathExtension("log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
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
        return (dom, log)
    }

    @Test(.enabled(if: enabled, "Chromium is not installed (make setup installs it)"))
    func theSeedsReportLoadsWithoutErrors() throws {
        let browser = try #require(Self.browser, "Chromium is not installed: run make setup")
        let (page, counts) = try Self.report()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let (dom, _) = try Self.load(
            page.absoluteString, browser: browser,
            profile: page.deletingLastPathComponent().appendingPathComponent("profile"))
        let findings = counts.values.reduce(0, +)
        #expect(findings > 0)
        // The script showed the filters and counted the findings.
        #expect(
            dom.contains(
                "<output id=\"filter-count\" aria-live=\"polite\">\(findings) of \(findings) findings shown</output>"))
        #expect(
            dom.contains("<form class=\"controls\" id=\"controls\" role=\"search\" aria-label=\"Filter the findings\">")
        )
        // The overview and every finding.
        #expect(dom.components(separatedBy: "<li class=\"finding ").count - 1 == findings)
        for version in Self.versions {
            #expect(dom.contains("<a href=\"#v\(Self.versions.firstIndex(of: version)! + 1)\">\(version)</a>"))
        }
        #expect(dom.contains("machine translation with errors"))
        #expect(dom.contains("Peace through power!"))
        // The collation of the five documents, with the link to it.
        #expect(dom.contains("<table class=\"collation-table\">"))
        #expect(dom.contains("<li><a href=\"#s1-collation\">Collation</a></li>"))
    }

    @Test(.enabled(if: enabled, "Chromium is not installed (make setup installs it)"))
    func aLinkOpensTheReportFiltered() throws {
        let browser = try #require(Self.browser, "Chromium is not installed: run make setup")
        let (page, counts) = try Self.report()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let findings = counts.values.reduce(0, +)
        let critical = try #require(counts["critical"])
        #expect(critical > 0 && critical < findings)
        let (dom, _) = try Self.load(
            page.absoluteString + "#filter:severity=critical&hide-identical=1", browser: browser,
            profile: page.deletingLastPathComponent().appendingPathComponent("profile"))
        #expect(dom.contains("\(critical) of \(findings) findings shown"))
        #expect(dom.components(separatedBy: "<li class=\"finding sev-critical\"").count - 1 == critical)
        #expect(dom.components(separatedBy: "class=\"finding sev-minor filtered\"").count - 1 == counts["minor"])
        let search = try Self.load(
            page.absoluteString + "#filter:q=PEACE%20THROUGH", browser: browser,
            profile: page.deletingLastPathComponent().appendingPathComponent("profile2"))
        let matching = try Self.findingTexts().count { $0.lowercased().contains("peace through") }
        #expect(matching > 0)
        #expect(search.dom.contains("\(matching) of \(findings) findings shown"))
    }

    @Test(.enabled(if: enabled, "Chromium is not installed (make setup installs it)"))
    func identicalSentencesCanBeHidden() throws {
        let browser = try #require(Self.browser, "Chromium is not installed: run make setup")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "drift-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("moved.html")
        let folder = "Fixtures/align/moved-paragraph/"
        let compare = try CLI.run([
            "compare", "--lexical", "--format", "html", "-o", page.path, folder + "reference.txt",
            folder + "version.txt",
        ])
        #expect(compare.status == 0, "\(compare.stderr)")
        let identical =
            try String(contentsOf: page, encoding: .utf8).components(
                separatedBy: "class=\"row label-identical identical\""
            ).count - 1
        #expect(identical == 5)
        let shown = try Self.load(
            page.absoluteString, browser: browser, profile: directory.appendingPathComponent("profile"))
        #expect(!shown.dom.contains("identical hidden-row\""))
        let hidden = try Self.load(
            page.absoluteString + "#filter:hide-identical=1", browser: browser,
            profile: directory.appendingPathComponent("profile2"))
        #expect(
            hidden.dom.components(separatedBy: "class=\"row label-identical identical hidden-row\"").count - 1
                == identical)
    }

    @Test(.enabled(if: enabled, "Chromium is not installed (make setup installs it)"))
    func theBatchIndexSortsAndFiltersAsItsLinkSays() throws {
        let browser = try #require(Self.browser, "Chromium is not installed: run make setup")
        let stories = try BatchStories()
        let results = stories.folder + "/results.jsonl"
        _ = try CLI.run(["batch", "--lexical", "-o", results, stories.manifest])
        let folder = stories.folder + "/report"
        let report = try CLI.run(["report", results, "-o", folder])
        #expect(report.status == 0, "\(report.stderr)")
        let page = URL(fileURLWithPath: folder + "/index.html").absoluteString
        let profile = URL(fileURLWithPath: stories.folder + "/profile")
        // Each row as the script left it: id, verdict, error score, and whether it is shown.
        func rows(_ dom: String) -> [(id: String, verdict: String, mqm: Double, shown: Bool)] {
            dom.matches(of: /<tr class="item ([^"]*)" data-id="([^"]*)" data-verdict="([^"]*)" data-mqm="([^"]*)"/)
                .map { match in
                    (
                        String(match.output.2), String(match.output.3), Double(match.output.4) ?? .nan,
                        !match.output.1.split(separator: " ").contains("filtered")
                    )
                }
        }
        let plain = try Self.load(page, browser: browser, profile: profile)
        #expect(plain.dom.contains("6 of 6 comparisons shown"))
        #expect(rows(plain.dom).prefix(2).map(\.id) == ["b-binary", "b-missing"])
        // Sorted by the error score, lowest first, the failed items (no score) first of all.
        let ascending = try Self.load(page + "#sort=mqm&dir=asc", browser: browser, profile: profile)
        let scores = rows(ascending.dom).map(\.mqm)
        #expect(scores.count == 6 && scores == scores.sorted())
        #expect(ascending.dom.contains("data-key=\"mqm\" aria-sort=\"ascending\""))
        // By id, Z to A.
        let byID = try Self.load(page + "#sort=id&dir=desc", browser: browser, profile: profile)
        #expect(
            rows(byID.dom).map(\.id) == ["a-mt", "a-same", "a-wrong", "b-binary", "b-missing", "b-summary"].reversed())
        // Filtered by verdict, then searched.
        let failed = try Self.load(page + "#verdict=error", browser: browser, profile: profile)
        #expect(failed.dom.contains("2 of 6 comparisons shown"))
        #expect(rows(failed.dom).filter(\.shown).map(\.id) == ["b-binary", "b-missing"])
        #expect(rows(failed.dom).filter(\.shown).allSatisfy { $0.verdict == "error" })
        let searched = try Self.load(page + "#q=SUMMARY.txt", browser: browser, profile: profile)
        #expect(searched.dom.contains("1 of 6 comparisons shown"))
        #expect(rows(searched.dom).filter(\.shown).map(\.id) == ["b-summary"])
        // Both at once: the faithful comparisons of story a, as the records say.
        let records = try String(contentsOfFile: results, encoding: .utf8).split(separator: "\n").map {
            try JSONValue(parsing: $0)
        }
        let expected = records.compactMap { record -> String? in
            guard case .string(let id)? = record["id"], id.hasPrefix("a-"), record["verdict"] == .string("faithful")
            else { return nil }
            return id
        }
        #expect(expected.contains("a-same"))
        let faithful = try Self.load(page + "#verdict=faithful&q=a-", browser: browser, profile: profile)
        #expect(rows(faithful.dom).filter(\.shown).map(\.id).sorted() == expected.sorted())
        #expect(faithful.dom.contains("\(expected.count) of 6 comparisons shown"))
    }

    /// The words of each finding of the seeds' comparison, as its entry shows them.
    static func findingTexts() throws -> [String] {
        let json = try CLI.run(["compare", "--format", "json", "seeds/002_afb0eaf99028a645.txt"] + versions)
        let document = try JSONValue(parsing: json.stdout)
        guard case .array(let versions)? = document["versions"],
            case .array(let own)? = document["reference"]?["findings"]
        else { return [] }
        let findings =
            own
            + versions.flatMap { version -> [JSONValue] in
                guard case .array(let findings)? = version["findings"] else { return [] }
                return findings
            }
        return findings.map { finding in
            var words: [String] = []
            for value in [
                finding["message"], finding["suggestion"], finding["version"]?["text"], finding["reference"]?["text"],
            ] {
                if case .string(let text)? = value { words.append(text) }
            }
            if case .array(let witnesses)? = finding["witnesses"] {
                for witness in witnesses { if case .string(let text)? = witness["text"] { words.append(text) } }
            }
            return words.joined(separator: " ")
        }
    }
}
