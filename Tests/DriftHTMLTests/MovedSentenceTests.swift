import DriftHTML
import DriftKit
import DriftRecords
import DriftReport
import DriftTestSupport
import Testing

/// A moved paragraph (Fixtures/align/moved-paragraph: reference sentences 3–4 come last in the
/// version) shows in the reference's order and again where the version has it, the rows linked
/// both ways.
@Suite struct MovedSentenceTests {
    static let page: String = {
        let folder = "align/moved-paragraph/"
        guard let comparison = try? Comparison(wordNet: nil), let report = try? HTMLReport(),
            let reference = try? Document(contentsOf: Fixtures.path(folder + "reference.txt")),
            let version = try? Document(contentsOf: Fixtures.path(folder + "version.txt"))
        else { return "" }
        let record = ComparisonRecord(comparison.compare(reference: reference, versions: [version]))
        return report.render([record], generator: "drift test")
    }()

    /// The rows' ids in page order.
    static var rows: [String] {
        page.components(separatedBy: "<tr id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func movedRowsAppearTwiceInOrder() {
        #expect(
            Self.rows == ["v1-l1", "v1-l2", "v1-l3", "v1-l4", "v1-l5", "v1-l6", "v1-l7", "v1-l3-place", "v1-l4-place"])
    }

    @Test func theTwoPlacesLinkToEachOther() {
        for link in ["v1-l3", "v1-l4"] {
            #expect(Self.page.contains("<a class=\"jump\" href=\"#\(link)-place\">its place in the version</a>"))
            #expect(Self.page.contains("<a class=\"jump\" href=\"#\(link)\">the moved sentence</a>"))
        }
        #expect(Self.page.contains("moved: the reference has it as sentence 3"))
    }
}
