import DriftAlign
import DriftText
import PropertyBased
import Testing

private let words: [String] = [
    "minister", "Baghdad", "announced", "ceasefire", "province", "Friday", "officials", "airstrike", "2025",
    "coalition", "militant", "border", "talks", "Syria", "agreement", "troops", "river", "harvest", "school",
    "hospital", "election", "Mohammed", "al-Rifai", "U.S.-led", "percent", "3.5", "“quoted”", "naïve", "the", "of",
]
private let sentence = Gen<String?>.element(of: words).array(of: 3...12)
    .map { $0.compactMap { $0 }.joined(separator: " ").capitalizedFirst + "." }
private let paragraph = sentence.array(of: 1...4).map { $0.joined(separator: " ") }
private let document = paragraph.array(of: 1...5).map { $0.joined(separator: "\n\n") }

/// An edit of a document's sentence list: drop, duplicate, swap or reword one sentence.
private let edits = Gen<Int>.int(in: 0...3).array(of: 0...6)

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Applies `edits` to the sentences of `text`, one sentence per line.
private func edited(_ text: String, _ edits: [Int], _ aligner: Aligner) -> String {
    var sentences = aligner.documentAnalyzer.segment(Text(text)).sentences.map { Text(text)[$0.range] }
    for (step, edit) in edits.enumerated() where !sentences.isEmpty {
        let index = (step * 7 + edit * 3) % sentences.count
        switch edit {
        case 0: sentences.remove(at: index)
        case 1: sentences.insert(sentences[index], at: (index + 2) % (sentences.count + 1))
        case 2: sentences.swapAt(index, (index + 1) % sentences.count)
        default: sentences[index] = "Nobody expected the weather to change so quickly this spring."
        }
    }
    return sentences.joined(separator: "\n")
}

@Suite struct AlignmentPropertyTests {
    @Test func aTextAlignsWithItselfOneToOne() async throws {
        let aligner = try Aligner()
        await propertyCheck(count: 40, input: document) { string in
            let text = Text(string)
            let alignment = aligner.align(reference: text, version: text)
            #expect(alignment.links.count == alignment.reference.sentences.count)
            for (index, link) in alignment.links.enumerated() {
                #expect(link.type == .oneToOne)
                #expect(link.reference == index..<index + 1 && link.version == index..<index + 1)
                #expect(abs(link.score - 1) < 1e-6)
                #expect(link.diff.allSatisfy { $0.kind == .equal })
            }
        }
    }

    @Test func everySentenceIsInExactlyOneLink() async throws {
        let aligner = try Aligner()
        await propertyCheck(count: 60, input: document, edits) { string, edits in
            let alignment = aligner.align(reference: Text(string), version: Text(edited(string, edits, aligner)))
            var referenceSeen = [Int](repeating: 0, count: alignment.reference.sentences.count)
            var versionSeen = [Int](repeating: 0, count: alignment.version.sentences.count)
            for link in alignment.links {
                #expect(link.reference.count == link.type.counts.reference)
                #expect(link.version.count == link.type.counts.version)
                for index in link.reference { referenceSeen[index] += 1 }
                for index in link.version { versionSeen[index] += 1 }
            }
            #expect(referenceSeen.allSatisfy { $0 == 1 })
            #expect(versionSeen.allSatisfy { $0 == 1 })
        }
    }

    @Test func linksOtherThanMovedAreMonotonic() async throws {
        let aligner = try Aligner()
        await propertyCheck(count: 60, input: document, edits) { string, edits in
            let alignment = aligner.align(reference: Text(string), version: Text(edited(string, edits, aligner)))
            var reference = 0
            var version = 0
            for link in alignment.links where link.type != .moved {
                #expect(link.reference.lowerBound >= reference)
                #expect(link.version.lowerBound >= version)
                reference = link.reference.upperBound
                version = link.version.upperBound
            }
            // Moved links sit at their reference position too.
            let starts = alignment.links.map(\.reference.lowerBound)
            #expect(starts == starts.sorted())
        }
    }

    @Test func diffOperationsStayInsideTheirLink() async throws {
        let aligner = try Aligner()
        await propertyCheck(count: 40, input: document, edits) { string, edits in
            let alignment = aligner.align(reference: Text(string), version: Text(edited(string, edits, aligner)))
            for link in alignment.links {
                for operation in link.diff {
                    if let range = operation.reference {
                        #expect(
                            link.referenceSpan.map {
                                $0.contains(range.lowerBound) && range.upperBound <= $0.upperBound
                            } == true)
                    }
                    if let range = operation.version {
                        #expect(
                            link.versionSpan.map { $0.contains(range.lowerBound) && range.upperBound <= $0.upperBound }
                                == true)
                    }
                }
            }
        }
    }
}
