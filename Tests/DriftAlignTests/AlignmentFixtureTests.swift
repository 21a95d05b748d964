import DriftAlign
import DriftTestSupport
import DriftText
import Foundation
import Testing

/// One hand-made case under `Fixtures/align/<name>/`: `reference.txt`, `version.txt` and
/// `expected.txt`, a line per link: type, first reference sentence, first version sentence
/// (`-` for none).
struct AlignmentCase: CustomTestStringConvertible, Sendable {
    let name: String
    var testDescription: String { name }

    static var all: [AlignmentCase] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("align"))) ?? []).sorted().map(
            AlignmentCase.init)
    }

    func text(_ file: String) throws -> Text { Text(try Fixtures.string(Fixtures.path("align/\(name)/\(file)"))) }
}

@Suite struct AlignmentFixtureTests {
    @Test func everyLinkTypeHasAFixture() {
        let names = Set(AlignmentCase.all.map(\.name))
        #expect(
            names.isSuperset(of: ["copy-edit", "split", "merge", "two-to-two", "omitted-added", "moved-paragraph"]))
    }

    @Test(arguments: AlignmentCase.all)
    func linksMatchExpectation(_ fixture: AlignmentCase) throws {
        let alignment = try Aligner().align(
            reference: fixture.text("reference.txt"), version: fixture.text("version.txt"))
        let expected = try Fixtures.string(Fixtures.path("align/\(fixture.name)/expected.txt"))
            .split(separator: "\n").map(String.init)
        let actual = alignment.links.map { link in
            let reference = link.referenceSpan == nil ? "-" : String(link.reference.lowerBound)
            let version = link.versionSpan == nil ? "-" : String(link.version.lowerBound)
            return "\(link.type.rawValue) \(reference) \(version)"
        }
        #expect(actual == expected)
    }

    @Test func splitSentencesScoreHigh() throws {
        let fixture = AlignmentCase(name: "split")
        let alignment = try Aligner().align(
            reference: fixture.text("reference.txt"), version: fixture.text("version.txt"))
        for link in alignment.links { #expect(link.score > 0.8) }
    }

    @Test func spansCoverTheLinkedSentences() throws {
        let fixture = AlignmentCase(name: "merge")
        let reference = try fixture.text("reference.txt")
        let version = try fixture.text("version.txt")
        let alignment = try Aligner().align(reference: reference, version: version)
        let threeToOne = try #require(alignment.links.first { $0.type == .threeToOne })
        #expect(reference[threeToOne.referenceSpan!].hasPrefix("The minister arrived in Baghdad"))
        #expect(reference[threeToOne.referenceSpan!].hasSuffix("with the army chiefs."))
        #expect(version[threeToOne.versionSpan!].hasPrefix("The minister, who arrived"))
    }
}
