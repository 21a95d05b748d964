import DriftHTML
import DriftKit
import DriftRecords
import DriftReport
import DriftTestSupport
import DriftText
import Foundation
import Testing

/// The report of the seeds (002 as the reference): every version and finding is on the page,
/// ids are unique and every link inside the page lands.
@Suite struct SeedReportTests {
    static let record: ComparisonRecord? = {
        let reference = Fixtures.seed("002_afb0eaf99028a645.txt")
        let paths = [reference] + Fixtures.seedNames.map(Fixtures.seed).filter { $0 != reference }
        guard let comparison = try? Comparison(wordNet: TestWordNet.shared),
            let documents = try? paths.map({ try Document(contentsOf: $0) })
        else { return nil }
        return ComparisonRecord(
            comparison.compare(reference: documents[0], versions: Array(documents.dropFirst())))
    }()

    static let page: String = {
        guard let record, let report = try? HTMLReport() else { return "" }
        return report.render([record], generator: "drift test")
    }()

    static func values(of attribute: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: " \(attribute)=\"([^\"]*)\"")
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
            String(page[Range($0.range(at: 1), in: page)!]).replacingOccurrences(of: "&#39;", with: "'")
        }
    }

    @Test func idsAreUnique() {
        let ids = Self.values(of: "id")
        #expect(!ids.isEmpty)
        #expect(
            Set(ids).count == ids.count, "repeated: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys)")
    }

    @Test func everyLinkInThePageLands() {
        let ids = Set(Self.values(of: "id"))
        let targets = Self.values(of: "href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!targets.isEmpty)
        #expect(targets.filter { !ids.contains($0) }.isEmpty, "broken: \(Set(targets.filter { !ids.contains($0) }))")
    }

    @Test func everyFindingIsListedAndShownInTheText() throws {
        let record = try #require(Self.record)
        let count = record.reference.findings.count + record.versions.map(\.document.findings.count).reduce(0, +)
        #expect(count > 0)
        let listed = Self.values(of: "id").filter { $0.hasPrefix("f") && Int($0.dropFirst()) != nil }
        #expect(listed.count == count)
        let anchors = Self.values(of: "id").filter { $0.hasPrefix("m") && Int($0.dropFirst()) != nil }
        #expect(anchors.count == count, "findings without a place in the side-by-side text")
    }

    @Test func overviewHasARowPerVersionAndAStripCellPerReferenceSentence() throws {
        let record = try #require(Self.record)
        for version in record.versions {
            #expect(Self.page.contains("<th scope=\"row\"><a href=\"#"))
            #expect(Self.page.contains(version.document.path))
        }
        let cells = Self.page.components(separatedBy: "<rect class=\"cell ").count - 1
        #expect(cells == record.versions.count * record.reference.sentences)
    }

    @Test func theContentSecurityPolicyAdmitsOnlyTheInlineStyleAndScript() throws {
        let policy = try #require(Self.values(of: "content").first { $0.hasPrefix("default-src 'none'") })
        #expect(policy.contains("script-src 'sha256-"))
        #expect(policy.contains("style-src 'sha256-"))
        #expect(!policy.contains("unsafe"))
        #expect(!policy.contains("http"))
    }

    /// Web residue is to be deleted: the page says so in words, and shows no quoted "replacement".
    @Test func deletionsAreNotShownAsReplacementText() {
        #expect(Self.page.contains("Suggestion: delete the excerpt."))
        #expect(!Self.page.contains("remove it"))
        #expect(Self.page.contains("<p class=\"explanation\">Not article text;"))
    }
}
