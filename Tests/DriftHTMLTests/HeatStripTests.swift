import DriftHTML
import DriftKit
import DriftRecords
import DriftTestSupport
import Foundation
import Testing

/// The heat strip colours a sentence by what became of it, so that a changed number is as
/// visible as a rewrite; quotes of another style are no word change on the page.
@Suite struct HeatStripTests {
    static func page(reference: String, version: String) throws -> String {
        let comparison = try Comparison(wordNet: TestWordNet.shared)
        let report = comparison.compare(
            reference: Document(path: "reference.txt", string: reference),
            versions: [Document(path: "version.txt", string: version)])
        return try HTMLReport().render([ComparisonRecord(report)], generator: "drift test")
    }

    /// The class of each cell of the page's heat strip, in order.
    static func cells(_ page: String) -> [String] {
        page.split(separator: "<rect class=\"cell ").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func aChangedNumberIsNotAsPaleAsAParaphrase() throws {
        let reference = "The council approved 45 new homes on Monday. The vote was close. Work starts in May."
        let version = "The council approved 54 new homes on Monday. The vote was close. Work begins in May."
        let cells = Self.cells(try Self.page(reference: reference, version: version))
        #expect(cells.count == 3)
        #expect(cells.first == "changed", "\(cells)")
        #expect(cells[1] == "same")
        #expect(cells.last != "changed" && cells.last != "critical")
    }

    @Test func quoteStylesAreNoWordChange() throws {
        let page = try Self.page(
            reference: "He said \u{201C}we will win\u{201D} on Monday. The council\u{2019}s vote was close.",
            version: "He said \"we will win\" on Monday. The council's vote was close.")
        #expect(
            page.contains("<span class=\"typographic\" title=\"another style of quotes or dashes\">\u{201C}</span>"))
        #expect(
            page.contains(
                "<span class=\"typographic\" title=\"another style of quotes or dashes\">council&#39;s</span>"))
        #expect(!page.contains("<del class=\"substituted-reference\">\u{201C}"))
        #expect(!page.contains("<del class=\"substituted-reference\">council"))
        #expect(page.contains("id=\"show-typographic\""))
    }

    /// Two versions with one file name in different folders keep their folders in the page's
    /// navigation.
    @Test func theNavigationTellsFilesOfOneNameApart() throws {
        let comparison = try Comparison(wordNet: TestWordNet.shared)
        let report = comparison.compare(
            reference: Document(path: "story/reference.txt", string: "The council met on Monday."),
            versions: [
                Document(path: "outlet-a/ver.txt", string: "The council met on Monday."),
                Document(path: "outlet-b/ver.txt", string: "The council met on Tuesday."),
            ])
        let page = try HTMLReport().render([ComparisonRecord(report)], generator: "drift test")
        let navigation = try #require(
            page.components(separatedBy: "<nav").dropFirst().first?.components(separatedBy: "</nav>").first)
        #expect(navigation.contains(">outlet-a/ver.txt</a>") && navigation.contains(">outlet-b/ver.txt</a>"))
    }
}
