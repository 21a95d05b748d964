import DriftText

/// Required renderings of terms, from a TSV file: `term<TAB>rendering[<TAB>note]` per line;
/// blank lines and lines starting with `#` are skipped.
///
///     # term	rendering	note
///     ISIS	Islamic State	house style since 2024
///     Daesh	Islamic State
public struct Glossary: Sendable, Hashable {
    /// One line of the glossary.
    public struct Entry: Sendable, Hashable {
        /// The term as found in text.
        public var term: String
        /// How the term must be rendered.
        public var rendering: String
        /// Why, for the message.
        public var note: String?
        /// The line of the file, from 1.
        public var line: Int
        /// The term's words, case-folded.
        var termWords: [String]
        /// The rendering's words, case-folded.
        var renderingWords: [String]
    }

    /// The entries, in file order.
    public let entries: [Entry]

    /// Parses a glossary.
    ///
    /// - Parameters:
    ///   - tsv: The file's content, in the format above.
    ///   - path: The file's name, for errors.
    /// - Throws: `GlossaryError.malformed` naming the line of a row without a term and a
    ///   rendering.
    public init(tsv: String, path: String) throws(GlossaryError) {
        var entries: [Entry] = []
        for (offset, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(
                    path: path, line: offset + 1, reason: "expected a term and a rendering separated by a tab")
            }
            guard fields.count <= 3 else {
                throw .malformed(path: path, line: offset + 1, reason: "more than three fields")
            }
            entries.append(
                Entry(
                    term: fields[0], rendering: fields[1],
                    note: fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil,
                    line: offset + 1, termWords: Self.words(fields[0]), renderingWords: Self.words(fields[1])))
        }
        self.entries = entries
    }

    /// The case-folded words of a phrase, without the punctuation around them.
    static func words(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: \.isWhitespace).compactMap { piece in
            let word = piece.trimmingCharacters { !$0.isLetter && !$0.isNumber }
            return word.isEmpty ? nil : Normalizer.caseFold(word)
        }
    }
}

extension StringProtocol {
    fileprivate var trimmed: String {
        trimmingCharacters(\.isWhitespace)
    }

    fileprivate func trimmingCharacters(_ predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
