import PropertyBased
import Testing

@testable import DriftHTML

private let text = Gen<Character?>.element(of: Array("ab c,ü👩\u{200D}")).compactMap { $0 }.array(of: 0...40)
private let bounds = Gen<Int>.int(in: 0...40).array(of: 2).map { $0.sorted() }
private let kinds = Gen<Int>.int(in: 0...4)
private let marks = zip(bounds, kinds).array(of: 0...6)

/// The pieces of a side of a link cover its text exactly, once, with the marks in force.
@Suite struct HighlighterTests {
    static func mark(_ bounds: [Int], _ kind: Int, limit: Int) -> Highlighter.Mark {
        let range = min(bounds[0], limit)..<min(bounds[1], limit)
        let finding = FindingMark(
            target: "f\(kind)", number: kind, anchor: nil, severity: "minor", tooltip: "", rank: kind % 3)
        let kinds: [Highlighter.Mark.Kind] = [
            .change(.deleted), .change(.inserted), .boilerplate("share prompt"), .finding(finding), .finding(finding),
        ]
        return Highlighter.Mark(range: range, kind: kinds[kind])
    }

    @Test func piecesConcatenateToTheSpan() async {
        await propertyCheck(count: 200, input: text, bounds, marks) { characters, span, marks in
            let scalars = Array(String(characters).unicodeScalars)
            let range = min(span[0], scalars.count)..<min(span[1], scalars.count)
            let highlighter = Highlighter(scalars: scalars)
            var anchored: Set<String> = []
            let pieces = highlighter.pieces(
                range, marks: marks.map { Self.mark($0.0, $0.1, limit: scalars.count) }, anchored: &anchored)
            let joined = pieces.map(\.text).joined()
            #expect(joined.unicodeScalars.elementsEqual(scalars[range]))
            #expect(pieces.allSatisfy { !$0.text.isEmpty })
            for (left, right) in zip(pieces, pieces.dropFirst()) {
                #expect(
                    left.change != right.change || left.boilerplate != right.boilerplate
                        || left.finding?.target != right.finding?.target)
            }
            // Each finding is anchored once, on its first piece.
            let anchors = pieces.compactMap { $0.finding?.anchor }
            #expect(Set(anchors).count == anchors.count)
        }
    }

    @Test func theNarrowestFindingShows() {
        let scalars = Array("The new ruler Taharir al-Sham.".unicodeScalars)
        let sentence = FindingMark(
            target: "f1", number: 1, anchor: nil, severity: "major", tooltip: "modality", rank: 1)
        let word = FindingMark(target: "f2", number: 2, anchor: nil, severity: "minor", tooltip: "name", rank: 0)
        var anchored: Set<String> = []
        let pieces = Highlighter(scalars: scalars).pieces(
            0..<scalars.count,
            marks: [
                .init(range: 0..<scalars.count, kind: .finding(sentence)), .init(range: 14..<21, kind: .finding(word)),
            ],
            anchored: &anchored)
        #expect(pieces.map(\.text) == ["The new ruler ", "Taharir", " al-Sham."])
        #expect(pieces.map { $0.finding?.target } == ["f1", "f2", "f1"])
        #expect(pieces.map { $0.finding?.anchor } == ["m1", "m2", nil])
        #expect(anchored == ["f1", "f2"])
    }

    @Test func changesMapToDeletionAndInsertion() {
        let scalars = Array("one two three".unicodeScalars)
        var anchored: Set<String> = []
        let pieces = Highlighter(scalars: scalars).pieces(
            0..<13,
            marks: [
                .init(range: 4..<7, kind: .change(.substitutedReference)),
                .init(range: 8..<13, kind: .change(.inserted)),
            ],
            anchored: &anchored)
        #expect(pieces.map(\.text) == ["one ", "two", " ", "three"])
        #expect(pieces.map(\.deleted) == [false, true, false, false])
        #expect(pieces.map(\.inserted) == [false, false, false, true])
        #expect(pieces.map(\.plain) == [true, false, true, false])
    }
}
