import Testing

@testable import DriftReport

@Suite struct TerminalTextTests {
    @Test func wrappedLinesFitAndKeepEveryWord() {
        let text = "keeps 52 % of the reference's content with drift 0.44 in the linked sentences; 41 % of the version"
        for columns in [20, 33, 40, 60] {
            let wrapped = TerminalText.wrap(text, columns, indent: "   ", hanging: "   ")
            let lines = wrapped.split(separator: "\n")
            #expect(lines.allSatisfy { TerminalText.width($0) <= columns }, "\(wrapped)")
            #expect(lines.map { $0.trimmingPrefix("   ") }.joined(separator: " ") == text)
        }
    }

    /// "41 %" is one unit: no line starts with the percent sign.
    @Test func aPercentSignStaysWithItsNumber() {
        for columns in 10...60 {
            let wrapped = TerminalText.wrap("the version is 41 % added and 19 % omitted today", columns)
            #expect(!wrapped.contains("\n%"), "\(columns): \(wrapped)")
        }
    }

    @Test func chineseTakesTwoColumnsAndEscapesNone() {
        #expect(TerminalText.width("\u{1B}[31m中文\u{1B}[0m ab") == 7)
        #expect(TerminalText.pad("中", 4) == "中  ")
    }
}
