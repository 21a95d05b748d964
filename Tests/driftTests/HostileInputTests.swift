import DriftTestSupport
import Foundation
import Testing

/// Files nobody controls, given to every command that reads text: each ends with the documented
/// exit code and message, and nothing crashes or hangs.
@Suite struct HostileInputTests {
    /// A hostile input: its bytes (nil for a path that is no file), the exit code every command
    /// ends with, and what the error message says.
    enum Input: String, CaseIterable, CustomTestStringConvertible {
        case empty, whiteSpace, nulBytes, utf16WithoutBOM, invalidAtStart, invalidInMiddle, invalidAtEnd
        case encodedSurrogate, combiningStorm, bidiControls, emojiSequences, directory, missing

        var testDescription: String { rawValue }

        var bytes: [UInt8]? {
            switch self {
            case .empty: []
            case .whiteSpace: Array(" \n\t  \u{3000}\r\n\n".utf8)
            case .nulBytes: Array("Some text.\0More text.\n".utf8)
            case .utf16WithoutBOM:
                "The minister spoke. Then she left.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .invalidAtStart: [0xFF] + Array(" The minister spoke.\n".utf8)
            case .invalidInMiddle: Array("The minister".utf8) + [0xC3, 0x28] + Array(" spoke.\n".utf8)
            case .invalidAtEnd: Array("The minister spoke.".utf8) + [0xE2, 0x82]
            case .encodedSurrogate: Array("The ".utf8) + [0xED, 0xA0, 0x80] + Array(" minister.\n".utf8)
            case .combiningStorm:
                Array(
                    ("The minister spoke. Z" + String(repeating: "\u{0301}\u{0316}\u{0353}", count: 3_000)
                        + "algo text. She left.\n").utf8)
            case .bidiControls:
                Array(
                    "The \u{202E}price\u{202C} is \u{2067}42\u{2069} euros. \u{200F}Next\u{200E} sentence \u{061C}here.\n"
                        .utf8)
            case .emojiSequences:
                Array("A family 👨‍👩‍👧‍👦 waved 🇫🇷 and 🏳️‍🌈 flags. Thumbs 👍🏽👍🏿 up.\n".utf8)
            case .directory, .missing: nil
            }
        }

        /// The exit code: valid text is read (0), anything else is an input error (2).
        var status: Int32 {
            switch self {
            case .combiningStorm, .bidiControls, .emojiSequences: 0
            default: 2
            }
        }

        /// What the error message says, after the path.
        var message: String {
            switch self {
            case .empty, .whiteSpace: "the input has no text"
            case .nulBytes: "binary data (a NUL byte at byte 10)"
            case .utf16WithoutBOM: "the input looks like UTF-16 (little-endian) without a byte order mark"
            case .invalidAtStart: "invalid UTF-8 at byte 0 (line 1, column 1)"
            case .invalidInMiddle: "invalid UTF-8 at byte 12 (line 1, column 13)"
            case .invalidAtEnd: "invalid UTF-8 at byte 19 (line 1, column 20)"
            case .encodedSurrogate: "invalid UTF-8 at byte 4 (line 1, column 5)"
            case .directory: "is a directory"
            case .missing: "cannot read: No such file or directory"
            case .combiningStorm, .bidiControls, .emojiSequences: ""
            }
        }
    }

    /// How a command is given the hostile file `F` (and, where it needs two, a good text).
    enum Use: String, CaseIterable, CustomTestStringConvertible {
        case segment, alignReference, alignVersion, compareReference, compareVersion, check, score

        var testDescription: String { rawValue }

        func arguments(_ path: String) -> [String] {
            let good = "seeds/002_afb0eaf99028a645.txt"
            switch self {
            case .segment: return ["segment", path]
            case .alignReference: return ["align", "--lexical", path, good]
            case .alignVersion: return ["align", "--lexical", good, path]
            case .compareReference: return ["compare", "--lexical", path, good]
            case .compareVersion: return ["compare", "--lexical", good, path]
            case .check: return ["check", path]
            case .score: return ["score", "--ref", path, path]
            }
        }
    }

    /// The hostile files, written once into a temporary folder.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-hostile-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for input in Input.allCases {
            if let bytes = input.bytes {
                _ = FileManager.default.createFile(
                    atPath: folder.appendingPathComponent(input.rawValue).path, contents: Data(bytes))
            }
        }
        try? FileManager.default.createDirectory(
            at: folder.appendingPathComponent("directory"), withIntermediateDirectories: true)
        return folder
    }()

    static func path(_ input: Input) -> String { folder.appendingPathComponent(input.rawValue).path }

    @Test(arguments: Use.allCases, Input.allCases)
    func everyCommandReportsTheInput(_ use: Use, _ input: Input) throws {
        let path = Self.path(input)
        let result = try CLI.run(use.arguments(path), limit: 120)
        #expect(!result.timedOut)
        #expect(result.status == input.status, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        if input.status != 0 {
            #expect(result.stderr.hasPrefix("drift: error: \(path): \(input.message)"), "\(result.stderr)")
        }
    }

    @Test func aFIFOWithoutWriterFailsInsteadOfHanging() throws {
        let fifo = Self.folder.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let result = try CLI.run(["segment", fifo], limit: 60)
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(fifo): cannot read: a FIFO nothing was written to"))
    }

    @Test func aFIFOWithAWriterIsRead() throws {
        let fifo = Self.folder.appendingPathComponent("fifo-\(UUID().uuidString)").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        let writer = Thread {
            // Opening for writing waits for drift to open the FIFO for reading.
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("One sentence. Another one.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CLI.run(["segment", "--format", "jsonl", fifo], limit: 60)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func anUnreadableFileIsNamed() throws {
        let path = Self.folder.appendingPathComponent("locked.txt").path
        _ = FileManager.default.createFile(
            atPath: path, contents: Data("Text.".utf8), attributes: [.posixPermissions: 0])
        let result = try CLI.run(["segment", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path): cannot read: Permission denied"))
    }

    @Test func aFileOverTheLimitIsRefused() throws {
        let result = try CLI.run(["segment", "--max-bytes", "100", "seeds/002_afb0eaf99028a645.txt"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "seeds/002_afb0eaf99028a645.txt: larger than the limit of 100 bytes; raise the limit with --max-bytes"))
        let piped = try CLI.run(
            ["segment", "--max-bytes", "1024", "-"], stdin: Data(String(repeating: "Words here. ", count: 1_000).utf8))
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("<stdin>: larger than the limit of 1 KiB (1024 bytes)"))
    }

    @Test func pairsLinesOfEveryKindOfBreakage() throws {
        let lines: [[UInt8]] = [
            Array(#"{"id": 1, "reference": "The cat sat.", "candidate": "The cat sat."}"#.utf8),
            Array(#"{"id": 2, "reference": "The cat sat."}"#.utf8),
            Array(#"{"id": 3, "reference": 5, "candidate": "The cat sat."}"#.utf8),
            Array(#"{"id": 4, "reference": "a" "candidate": "b"}"#.utf8),
            Array(#"{"id": 5, "reference": "a", "#.utf8) + [0xFF] + Array(#""candidate": "b"}"#.utf8),
            Array(#"{"id": 6, "reference": "a\u0000b", "candidate": "\ud800"}"#.utf8),
            Array(#"{"id": 7, "reference": ""#.utf8) + Array(String(repeating: "long ", count: 400).utf8)
                + Array(#"", "candidate": "x"}"#.utf8),
            Array(#"{"id": 8, "reference": "The dog ran.", "candidate": "The dog ran."}"#.utf8),
        ]
        let input = Data(lines.joined(separator: [0x0A]) + [0x0A])
        let result = try CLI.run(["pairs", "--lexical", "--max-bytes", "1000", "-"], stdin: input, limit: 120)
        #expect(result.status == 1, "\(result.stderr)")
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 8)
        #expect(records[0]["label"] as? String == "identical")
        #expect(records[7]["label"] as? String == "identical")
        for (index, record) in records.enumerated() where index != 0 && index != 7 && index != 5 {
            #expect(record["line"] as? Int == index + 1)
            #expect(record["error"] is String)
        }
        #expect((records[1]["error"] as? String)?.contains("candidate") == true)
        #expect((records[6]["error"] as? String)?.contains("longer than the limit") == true)
        #expect(result.stderr.contains("lines could not be scored"))
    }

    @Test(arguments: [
        ("", "the input has no text"),
        (#"{"format": "drift.compare/1", "reference": {"#, "invalid JSON"),
        (#"{"format": "drift.compare/1", "versions": [1 2]}"#, "invalid JSON"),
        ("[]", "expected"),
    ])
    func reportOfABrokenFile(_ content: String, _ message: String) throws {
        let path = Self.folder.appendingPathComponent("broken-\(UUID().uuidString).json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(content.utf8))
        let result = try CLI.run(["report", "--format", "csv", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
