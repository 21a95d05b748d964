public import DriftKit

/// A collation as `drift collate --format json` writes it (`drift.collate/1`,
/// docs/schema/collate.schema.json): the documents, the pivot, and every group with its
/// consensus and each document's wording; offsets are code points into each file.
public struct CollationRecord: Codable, Sendable, Equatable {
    /// A collated document: its path and its number of (article) sentences.
    public struct DocumentEntry: Codable, Sendable, Equatable {
        public var path: String
        public var sentences: Int
    }

    /// A group of corresponding sentences.
    public struct Group: Codable, Sendable, Equatable {
        /// The group's number, from 1, in reading order.
        public var index: Int
        public var consensus: String
        /// How many documents word it as the consensus does.
        public var agreement: Int
        /// How many documents have it.
        public var present: Int
        /// One member per document, in the order of `documents`.
        public var members: [Member]
    }

    /// A document's sentences in a group.
    public struct Member: Codable, Sendable, Equatable {
        public var path: String
        /// Sentence indices `[first, last + 1)`, null for a gap.
        public var sentences: Range<Int>?
        /// The sentences' span in the document, null for a gap.
        public var span: Range<Int>?
        /// Their text, null for a gap.
        public var text: String?
        /// Whether they word the group as the consensus does.
        public var agrees: Bool
        /// The word diff against the consensus: `ref` offsets into `consensus`, `version`
        /// offsets into the document.
        public var diff: [DiffRecord]

        /// Writes every member, absent ones as null, as the schema asks.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(sentences, forKey: .sentences)
            try container.encode(span, forKey: .span)
            try container.encode(text, forKey: .text)
            try container.encode(agrees, forKey: .agrees)
            try container.encode(diff, forKey: .diff)
        }
    }

    public var schema = "drift.collate/1"
    /// Whether sentence embeddings informed the alignments.
    public var embeddings: Bool
    /// The pivot's path.
    public var pivot: String
    public var documents: [DocumentEntry]
    public var groups: [Group]

    /// The record of `collation`.
    public init(_ collation: Collation, embeddings: Bool) {
        self.embeddings = embeddings
        pivot = collation.paths[collation.pivot]
        documents = zip(collation.paths, collation.texts).map { DocumentEntry(path: $0, sentences: $1.sentences.count) }
        groups = collation.groups.enumerated().map { index, group in
            Group(
                index: index + 1, consensus: group.consensus, agreement: group.agreement, present: group.present,
                members: collation.paths.indices.map { document in
                    let sentences = group.members[document]
                    let span = collation.texts[document].span(ofSentences: sentences)
                    return Member(
                        path: collation.paths[document], sentences: sentences.isEmpty ? nil : sentences, span: span,
                        text: collation.text(of: document, in: index), agrees: group.agrees[document],
                        diff: group.diffs.isEmpty ? [] : group.diffs[document].map(DiffRecord.init))
                })
        }
    }
}
