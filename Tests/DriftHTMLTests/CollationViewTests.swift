import DriftAlign
import DriftKit
import DriftRecords
import DriftTestSupport
import DriftText
import Foundation
import Testing

@testable import DriftHTML

/// The collation view: each document's sentence reads as tracked changes against the
/// consensus, and in the seeds' report the groups hold what the findings point at.
@Suite struct CollationViewTests {
    /// A cell as text: `[-deleted-]`, `[~replaced~]{~replacement~}`, `{+inserted+}`.
    static func markup(_ pieces: [TextPiece]) -> String {
        pieces.map { piece in
            switch piece.change {
            case "deleted": "[-\(piece.text)-]"
            case "substituted-reference": "[~\(piece.text)~]"
            case "substituted-version": "{~\(piece.text)~}"
            case "inserted": "{+\(piece.text)+}"
            default: piece.text
            }
        }.joined()
    }

    /// A diff operation from code-point offsets; `version` offsets start at `offset`.
    static func op(_ kind: DiffKind, _ consensus: Range<Int>?, _ version: Range<Int>?, offset: Int) -> DiffRecord {
        DiffRecord(
            DiffOperation(
                kind: kind, relation: nil, reference: consensus,
                version: version.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }))
    }

    struct Example: Sendable, CustomTestStringConvertible {
        let consensus: String
        let member: String
        let operations: [(DiffKind, Range<Int>?, Range<Int>?)]
        let expected: String
        var testDescription: String { expected }
    }

    static let examples: [Example] = [
        // A word replaced and one added.
        Example(
            consensus: "Peace through strength", member: "Peace through power now",
            operations: [
                (.equal, 0..<5, 0..<5), (.equal, 6..<13, 6..<13), (.substituted, 14..<22, 14..<19),
                (.inserted, nil, 20..<23),
            ],
            expected: "Peace through [~strength~]{~power~} {+now+}"),
        // A word the member lacks, in the middle and at the start.
        Example(
            consensus: "The army took the town", member: "army took town",
            operations: [
                (.deleted, 0..<3, nil), (.equal, 4..<8, 0..<4), (.equal, 9..<13, 5..<9),
                (.deleted, 14..<17, nil), (.equal, 18..<22, 10..<14),
            ],
            expected: "[-The -]army took[- the-] town"),
        // Agreement: plain text.
        Example(
            consensus: "Rain fell.", member: "Rain fell.",
            operations: [(.equal, 0..<4, 0..<4), (.equal, 5..<9, 5..<9)],
            expected: "Rain fell."),
    ]

    @Test(arguments: examples)
    func aCellReadsAsTrackedChanges(_ example: Example) {
        let offset = 100
        let pieces = CollationView.pieces(
            of: Array(example.member.unicodeScalars), at: offset,
            diff: example.operations.map { Self.op($0.0, $0.1, $0.2, offset: offset) },
            consensus: Array(example.consensus.unicodeScalars))
        #expect(Self.markup(pieces) == example.expected)
        #expect(pieces.filter { !$0.deleted }.map(\.text).joined() == example.member)
    }

    static let collation: CollationRecord? = {
        guard let documents = try? Fixtures.seedNames.map({ try Document(contentsOf: Fixtures.seed($0)) }),
            let collation = try? Collator().collate(documents, pivot: nil)
        else { return nil }
        return CollationRecord(collation, embeddings: false)
    }()

    /// Whatever the diff, a cell's pieces other than the deleted consensus words are the
    /// document's sentences, exactly.
    @Test func everyCellIsItsDocumentsTextWithTheConsensusWordsItLacks() throws {
        let record = try #require(Self.collation)
        let view = CollationView(record, id: "c", pivotRole: "pivot")
        #expect(view.groups.count == record.groups.count)
        for (group, row) in zip(record.groups, view.groups) {
            #expect(row.cells.count == record.documents.count)
            for (member, cell) in zip(group.members, row.cells) {
                #expect(cell.pieces?.filter { !$0.deleted }.map(\.text).joined() == member.text)
                #expect(cell.state == (member.text == nil ? "absent" : member.agrees ? "agrees" : "deviates"))
            }
        }
        // Each document's sentences are found in their group.
        for (document, entry) in record.documents.enumerated() {
            for group in record.groups {
                guard let span = group.members[document].span else { continue }
                #expect(view.group(of: document, span: span) == "c-g\(group.index)", "\(entry.path)")
            }
        }
    }

    /// The seeds' report (002 as the reference) groups Trump's words, which 002 lacks, and
    /// every finding's link to the collation lands on the group that holds its excerpt.
    @Test func theSeedsReportLinksEachFindingToItsGroup() throws {
        let page = SeedReportTests.page
        let groups = Self.bodies(of: page)
        #expect(!groups.isEmpty)
        let quoted = try #require(groups.values.first { Self.text($0).contains("Peace through power!") })
        #expect(Self.text(quoted).contains("PEACE THROUGH STRENGTH!"))
        // Three of the five documents quote them.
        #expect(quoted.components(separatedBy: "<td dir=\"auto\" class=\"absent\">").count - 1 == 2)
        let finding = try NSRegularExpression(
            pattern:
                ##"<li class="finding [^"]*" id="f\d+".*?<a class="group-link" href="#([^"]+)">.*?<blockquote class="excerpt" dir="auto">(.*?)</blockquote>"##,
            options: .dotMatchesLineSeparators)
        let links = finding.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
            (String(page[Range($0.range(at: 1), in: page)!]), String(page[Range($0.range(at: 2), in: page)!]))
        }
        #expect(links.count > 5)
        for (group, excerpt) in links {
            let body = try #require(groups[group], "no group \(group)")
            #expect(Self.text(body).contains(String(excerpt.prefix(20))), "\(group): \(excerpt)")
        }
    }

    /// The collation's groups by id: the markup of each `<tbody>`.
    static func bodies(of page: String) -> [String: String] {
        let pattern = try! NSRegularExpression(
            pattern: #"<tbody id="([^"]+)" class="group[^"]*">(.*?)</tbody>"#, options: .dotMatchesLineSeparators)
        return Dictionary(
            uniqueKeysWithValues: pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
                (String(page[Range($0.range(at: 1), in: page)!]), String(page[Range($0.range(at: 2), in: page)!]))
            })
    }

    /// The documents' text of a group's markup: deleted consensus words and tags removed.
    static func text(_ markup: String) -> String {
        markup.replacingOccurrences(of: #"<del[^>]*>.*?</del>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
    }
}
