import DriftTestSupport
import Foundation
import Testing

/// The terminal text of `drift compare` (and the headers `align` and `segment` share with it):
/// width, double-width text, colour, counts, moved links and one-sided evidence.
@Suite struct CompareCommandTextTests {
    /// Files with `contents` in a fresh temporary folder, by name.
    private func files(_ contents: [String: String]) throws -> [String: String] {
        let folder = NSTemporaryDirectory() + "drift-text-" + UUID().uuidString + "/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var paths: [String: String] = [:]
        for (name, text) in contents {
            paths[name] = folder + name
            try text.write(toFile: folder + name, atomically: true, encoding: .utf8)
        }
        return paths
    }

    /// The terminal columns of `text`: two for the CJK and fullwidth blocks, one for others.
    private func columns(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let wide: [ClosedRange<UInt32>] = [
                0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF60, 0x20000...0x3FFFD,
            ]
            return sum + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
        }
    }

    @Test func everyLineFitsTheWidth() throws {
        let result = try CLI.run([
            "compare", "--lexical", "--width", "80", "seeds/002_afb0eaf99028a645.txt", "seeds/001_7405a5fede031660.txt",
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 50)
        #expect(lines.filter { columns($0) > 80 } == [])
    }

    @Test func theDividerStaysInItsColumnBesideChineseText() throws {
        let paths = try files([
            "reference.txt": "北京今天下雨，气温很低。市政府建议市民减少外出，学校照常上课。\n",
            "version.txt": "北京今天下大雨，气温非常低。市政府建议大家减少外出活动，学校照常上课。\n",
        ])
        let result = try CLI.run([
            "compare", "--lexical", "--width", "60", paths["reference.txt"]!, paths["version.txt"]!,
        ])
        #expect(result.status == 0)
        let dividers = result.stdout.split(separator: "\n").compactMap { line in
            line.firstIndex(of: "│").map { columns(line[..<$0]) }
        }
        #expect(dividers.count >= 3)
        #expect(Set(dividers) == [(60 - 3) / 2 + 1])
    }

    @Test func verdictsAndSeveritiesAreColouredOnlyWhenAsked() throws {
        let arguments = ["compare", "--lexical", "seeds/002_afb0eaf99028a645.txt", "seeds/001_7405a5fede031660.txt"]
        let coloured = try CLI.run(arguments + ["--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[31mmachine translation with errors\u{1B}[0m"))
        #expect(coloured.stdout.contains("\u{1B}[1;31mcritical\u{1B}[0m"))
        #expect(coloured.stdout.contains("\u{1B}[35mmajor\u{1B}[0m"))
        for plain in [
            try CLI.run(arguments + ["--color", "never"]),
            try CLI.run(arguments + ["--color", "auto"]),
            try CLI.run(arguments, environment: ["NO_COLOR": "1"]),
        ] {
            #expect(plain.status == 0)
            #expect(!plain.stdout.contains("\u{1B}"))
        }
    }

    @Test func oneSentenceIsSingular() throws {
        let paths = try files([
            "one.txt": "The minister resigned on Friday.\n",
            "two.txt": "The minister resigned on Friday. He left at noon.\n",
        ])
        let (one, two) = (paths["one.txt"]!, paths["two.txt"]!)
        let compare = try CLI.run(["compare", "--lexical", one, two])
        #expect(compare.stdout.contains("reference: \(one) (1 sentence)\n"))
        let align = try CLI.run(["align", one, two])
        #expect(align.stdout.contains("reference: \(one) (1 sentence)\n"))
        #expect(align.stdout.contains("version:   \(two) (2 sentences)\n"))
        let segment = try CLI.run(["segment", one, two])
        #expect(segment.stdout.contains("==> \(one) <== 1 sentence\n"))
        #expect(segment.stdout.contains("==> \(two) <== 2 sentences\n"))
    }

    @Test func aMovedLinkIsNamedOnce() throws {
        let result = try CLI.run([
            "compare", "--lexical", "Fixtures/align/moved-paragraph/reference.txt",
            "Fixtures/align/moved-paragraph/version.txt",
        ])
        #expect(result.stdout.contains("── moved · drift "))
        #expect(!result.stdout.contains("moved moved"))
    }

    @Test func aOneSidedChangeSaysWhatWasAdded() throws {
        let paths = try files([
            "reference.txt": "The minister resigned on Friday.\n",
            "version.txt": "The minister might resign on Friday.\n",
        ])
        let result = try CLI.run(["compare", "--lexical", paths["reference.txt"]!, paths["version.txt"]!])
        #expect(result.stdout.contains("   modality: added “might”\n"))
        #expect(!result.stdout.contains(" → \n") && !result.stdout.contains(":  → "))
    }
}
