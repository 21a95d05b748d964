import DriftAlign
import DriftRecords

/// The collation view: a column per document, and for every group of corresponding sentences
/// a row with the consensus wording above a row with each document's sentence, its deviations
/// from the consensus marked as tracked changes.
struct CollationView: Encodable {
    /// `s1-collation`.
    let id: String
    /// The documents, in the order of the cells.
    let columns: [CollationColumn]
    let columnCount: Int
    /// `reference` or `pivot`: what the pivot is.
    let pivotRole: String
    let groups: [CollationGroupRow]
    /// `24 groups, 9 where the documents differ`.
    let summary: String
    /// Where each document's sentences are: per document, its members' spans and group ids.
    private let places: [[(span: Range<Int>, id: String)]]

    private enum CodingKeys: String, CodingKey {
        case id, columns, columnCount, pivotRole, groups, summary
    }

    /// The view of `record`; `id` prefixes the ids of its groups, and `pivotRole` names the
    /// pivot's column (`reference` in a comparison).
    init(_ record: CollationRecord, id: String, pivotRole: String) {
        self.id = id
        columns = record.documents.map {
            CollationColumn(path: $0.path, role: $0.path == record.pivot ? pivotRole : nil)
        }
        let documents = record.documents.count
        columnCount = documents
        self.pivotRole = pivotRole
        groups = record.groups.map { group in
            CollationGroupRow(
                id: "\(id)-g\(group.index)", number: group.index, consensus: group.consensus,
                agreement: "\(group.agreement) of \(group.present)"
                    + (group.present < documents ? " (\(documents - group.present) lack it)" : ""),
                unanimous: group.agreement == documents,
                cells: group.members.map { Self.cell($0, consensus: Array(group.consensus.unicodeScalars)) })
        }
        let differing = groups.count { !$0.unanimous }
        summary =
            "\(groups.count) group\(groups.count == 1 ? "" : "s"), \(differing) where the documents differ"
        places = record.documents.indices.map { document in
            record.groups.compactMap { group in
                group.members[document].span.map { ($0, "\(id)-g\(group.index)") }
            }
        }
    }

    /// The id of the group holding the start of `span` in the document at `document`, or the
    /// first group it overlaps.
    func group(of document: Int, span: Range<Int>) -> String? {
        guard places.indices.contains(document) else { return nil }
        let members = places[document]
        return (members.first { $0.span.contains(span.lowerBound) } ?? members.first { $0.span.overlaps(span) })?.id
    }

    /// A member's cell: its text with the words the consensus lacks as insertions and the
    /// consensus words it lacks as deletions.
    private static func cell(_ member: CollationRecord.Member, consensus: [Unicode.Scalar]) -> CollationCell {
        guard let text = member.text, let span = member.span, let sentences = member.sentences else {
            return CollationCell(numbers: nil, pieces: nil, state: "absent")
        }
        let numbers =
            sentences.count == 1 ? "\(sentences.lowerBound + 1)" : "\(sentences.lowerBound + 1)–\(sentences.upperBound)"
        return CollationCell(
            numbers: numbers,
            pieces: pieces(
                of: Array(text.unicodeScalars), at: span.lowerBound, diff: member.diff, consensus: consensus),
            state: member.agrees ? "agrees" : "deviates")
    }

    /// `scalars`, which start at `offset` in their document, cut where `diff` against
    /// `consensus` changes them; the consensus words they lack are shown deleted.
    static func pieces(
        of scalars: [Unicode.Scalar], at offset: Int, diff: [DiffRecord], consensus: [Unicode.Scalar]
    ) -> [TextPiece] {
        func text(_ range: Range<Int>, of scalars: [Unicode.Scalar]) -> String {
            String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
        }
        var pieces: [TextPiece] = []
        var cursor = 0
        for operation in diff {
            let version = operation.version.map { ($0.lowerBound - offset)..<($0.upperBound - offset) }
            if let version, version.lowerBound > cursor {
                pieces.append(TextPiece(text(cursor..<version.lowerBound, of: scalars), change: nil))
                cursor = version.lowerBound
            }
            if operation.kind != .equal, let words = operation.reference.map({ text($0, of: consensus) }),
                !words.isEmpty
            {
                // A deleted word keeps a space from the words around it, inside its deletion, so
                // that the pieces not deleted are the document's text.
                let spaced = operation.kind != .deleted ? words : cursor > 0 ? " " + words : words + " "
                pieces.append(TextPiece(spaced, change: operation.kind == .deleted ? .deleted : .substitutedReference))
            }
            if let version, version.upperBound > cursor {
                let change: Highlighter.Mark.Change? =
                    switch operation.kind {
                    case .equal: nil
                    case .inserted: .inserted
                    case .substituted, .deleted: .substitutedVersion
                    }
                pieces.append(TextPiece(text(cursor..<version.upperBound, of: scalars), change: change))
                cursor = version.upperBound
            }
        }
        if cursor < scalars.count { pieces.append(TextPiece(text(cursor..<scalars.count, of: scalars), change: nil)) }
        return pieces
    }
}
