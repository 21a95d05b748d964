import DriftAlign
import DriftKit
import DriftTestSupport
import Testing

/// Collation of hand-built stories whose consensus and deviations are known, and of the seeds.
@Suite struct CollationTests {
    static let reference =
        "The council met on Monday. It approved 45 new homes near the river. Mayor Anna Berg said the plan would go ahead. Work starts in May."
    /// A version per kind of change: a number, an added sentence, an added and a moved
    /// sentence, a name with the added sentence, and a summary.
    static let versions = [
        "The council met on Monday. It approved 54 new homes near the river. Mayor Anna Berg said the plan would go ahead. Work starts in May.",
        "The council met on Monday. It approved 45 new homes near the river. Residents had asked for the homes since 2019. Mayor Anna Berg said the plan would go ahead. Work starts in May.",
        "Work starts in May. The council met on Monday. It approved 45 new homes near the river. Residents had asked for the homes since 2019. Mayor Anna Berg said the plan would go ahead.",
        "The council met on Monday. It approved 45 new homes near the river. Residents had asked for the homes since 2019. Mayor Anna Borg said the plan would go ahead. Work starts in May.",
        "The council approved 45 homes. Work starts in May.",
    ]

    static func collate(_ texts: [String], pivot: Int?) throws -> Collation {
        let documents = texts.enumerated().map { Document(path: "v\($0.offset).txt", string: $0.element) }
        return try Collator().collate(documents, pivot: pivot)
    }

    /// The group holding `words` in document `document`.
    static func group(_ collation: Collation, holding words: String, in document: Int) throws -> CollationGroup {
        let index = try #require(
            collation.groups.indices.first { collation.text(of: document, in: $0)?.contains(words) ?? false })
        return collation.groups[index]
    }

    @Test func aStoryOfSixVersionsAroundItsReference() throws {
        let collation = try Self.collate([Self.reference] + Self.versions, pivot: 0)
        #expect(collation.pivot == 0)
        // The reference's four sentences and the one it lacks.
        #expect(collation.groups.count == 5)
        let number = try Self.group(collation, holding: "approved 45", in: 0)
        #expect(number.consensus == "It approved 45 new homes near the river.")
        #expect(number.agrees == [true, false, true, true, true, false])
        #expect(number.agreement == 4)
        let name = try Self.group(collation, holding: "Mayor", in: 0)
        #expect(name.agrees[4] == false && name.agrees[1] && name.agrees[2] && name.agrees[3])
        #expect(name.members[5].isEmpty, "the summary has no such sentence")
        // The sentence the reference lacks is one group of the three versions that have it,
        // after the sentence it follows in them.
        let residents = try Self.group(collation, holding: "Residents", in: 2)
        #expect(residents.members[0].isEmpty)
        #expect([2, 3, 4].allSatisfy { !residents.members[$0].isEmpty })
        #expect(residents.agreement == 3)
        let order = collation.groups.map(\.consensus)
        #expect(order.firstIndex(of: residents.consensus) == order.firstIndex(of: number.consensus)! + 1)
        // The moved sentence joins its group.
        let work = try Self.group(collation, holding: "Work starts", in: 0)
        #expect(collation.text(of: 3, in: collation.groups.firstIndex(of: work)!) == "Work starts in May.")
        #expect(work.agreement == 6)
    }

    @Test func theMajorityOutvotesThePivotWordByWord() throws {
        let pivot = "The council met on Monday. It approved 46 new homes near the river."
        let others = (0..<3).map { _ in "The council met on Monday. It approved 45 new homes near the river." }
        let collation = try Self.collate([pivot] + others, pivot: 0)
        let number = try Self.group(collation, holding: "approved", in: 0)
        #expect(number.consensus == "It approved 45 new homes near the river.")
        #expect(number.agrees == [false, true, true, true])
        // The diff of the pivot against the consensus names the replaced number.
        #expect(number.diffs[0].contains { $0.kind == .substituted })
    }

    @Test func aTieKeepsThePivotsWord() throws {
        let collation = try Self.collate(
            [
                "It approved 46 new homes.", "It approved 45 new homes.", "It approved 46 new homes.",
                "It approved 45 new homes.",
            ],
            pivot: 0)
        #expect(collation.groups.first?.consensus == "It approved 46 new homes.")
    }

    @Test func withoutAPivotTheSummaryIsNotChosen() throws {
        let collation = try Self.collate([Self.reference] + Self.versions, pivot: nil)
        #expect(collation.pivot != 5)
        #expect(collation.groups.allSatisfy { $0.members.count == 6 && $0.diffs.count == 6 })
    }

    /// The seeds with 002 as the reference, which lacks Trump's words: the three versions that
    /// quote him are one group, the one the reference lacks.
    @Test func theSeedsGroupTrumpsWordsThatTheReferenceLacks() throws {
        let names = ["002_afb0eaf99028a645.txt"] + Fixtures.seedNames.filter { $0 != "002_afb0eaf99028a645.txt" }
        let documents = try names.map { try Document(contentsOf: Fixtures.seed($0)) }
        let collation = try Collator().collate(documents, pivot: 0)
        let power = try #require(names.firstIndex(of: "001_7405a5fede031660.txt"))
        let group = try Self.group(collation, holding: "Peace through power", in: power)
        #expect(group.members[0].isEmpty)
        let quoting = group.members.indices.filter {
            collation.text(of: $0, in: collation.groups.firstIndex(of: group)!)?.uppercased().contains("PEACE THROUGH")
                ?? false
        }
        #expect(quoting.count == 3, "\(quoting.map { names[$0] })")
    }
}
