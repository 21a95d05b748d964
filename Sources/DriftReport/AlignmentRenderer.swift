import DriftAlign
import DriftKit
public import DriftRecords
public import DriftText

/// Renders an alignment's record for `drift align` (JSON for programs, two columns for people),
/// and the links of a comparison side by side.
public struct AlignmentRenderer: Sendable {
    /// The width of a text line, in display columns (a Chinese character takes two).
    public var width: Int
    /// Whether to mark changes with ANSI colours; otherwise `[-deleted-]` and `{+inserted+}`.
    public var color: Bool

    public init(width: Int = 120, color: Bool = false) {
        self.width = max(width, 40)
        self.color = color
    }

    /// The alignment as JSON on one line, ending in a newline.
    public func json(_ record: AlignmentRecord) -> String { RecordCoding.json(record) + "\n" }

    /// The two texts side by side: a header line per link with its type and score, then the
    /// reference on the left and the version on the right, changes marked.
    public func text(_ record: AlignmentRecord, reference: Text, version: Text) -> String {
        let hanging = String(repeating: " ", count: 11)
        let lines = [
            "reference: \(record.reference.path) (\(Plural.counted(record.reference.sentences, "sentence")))",
            "version:   \(record.version.path) (\(Plural.counted(record.version.sentences, "sentence")))",
            "links:     "
                + LinkType.allCases.compactMap { type in
                    record.summary[type].flatMap { $0 == 0 ? nil : "\(type.rawValue) ×\($0)" }
                }.joined(separator: ", "),
        ]
        return lines.map { TerminalText.wrap($0, width, hanging: hanging) }.joined()
            + sideBySide(record.links, reference: reference, version: version) { _, link in
                (link.similarity == nil ? "" : Rounding.twoDecimals(link.score), [])
            }
    }

    /// Every link of an alignment: a rule with the link type and `annotate`'s title (without
    /// its first word when that names the type, as the label `moved` does), the two sides in
    /// columns with changes marked, then `annotate`'s notes, one per item, wrapped.
    func sideBySide(
        _ links: [AlignedLinkRecord], reference: Text, version: Text,
        annotate: (Int, AlignedLinkRecord) -> (title: String, notes: [String])
    ) -> String {
        let column = (width - 3) / 2
        var output = ""
        for (index, link) in links.enumerated() {
            let (annotation, notes) = annotate(index, link)
            let type = link.type.rawValue
            let title =
                "── \(type)"
                + (annotation.hasPrefix(type)
                    ? annotation.dropFirst(type.count) : annotation.isEmpty ? "" : " " + annotation) + " "
            output += "\n" + title + String(repeating: "─", count: max(0, width - TerminalText.width(title))) + "\n"
            let left = wrap(side(link, in: reference, isReference: true), width: column)
            let right = wrap(side(link, in: version, isReference: false), width: column)
            for row in 0..<max(left.count, right.count) {
                let l = row < left.count ? left[row] : Line()
                let r = row < right.count ? right[row] : Line()
                output += l.text + String(repeating: " ", count: max(0, column - l.width)) + " │ " + r.text + "\n"
            }
            for note in notes { output += TerminalText.wrap(note, width, indent: "   ", hanging: "     ") }
        }
        return output
    }

    /// A run of one side's text and how it changed.
    private struct Piece {
        var text: String
        var style: Style
    }

    private enum Style {
        case plain, removed, added, related
    }

    private struct Line {
        var text = ""
        var width = 0
    }

    /// One side of a link cut into pieces at the diff's operations.
    private func side(_ link: AlignedLinkRecord, in text: Text, isReference: Bool) -> [Piece] {
        guard let span = isReference ? link.reference : link.version else { return [] }
        var pieces: [Piece] = []
        var position = span.lowerBound
        for operation in link.diff {
            guard let range = isReference ? operation.reference : operation.version else { continue }
            if range.lowerBound > position {
                pieces.append(Piece(text: text[position..<range.lowerBound], style: .plain))
            }
            let style: Style
            switch operation.kind {
            case .equal: style = .plain
            case .substituted:
                style =
                    operation.relation.map { $0 < .unrelated } == true ? .related : (isReference ? .removed : .added)
            case .deleted: style = .removed
            case .inserted: style = .added
            }
            pieces.append(Piece(text: text[range], style: style))
            position = range.upperBound
        }
        if position < span.upperBound { pieces.append(Piece(text: text[position..<span.upperBound], style: .plain)) }
        return pieces
    }

    /// A word of one piece: whether white space precedes it, and whether it opens or closes
    /// its piece (where the markers go without colour).
    private struct Word {
        var text: Substring
        var style: Style
        var spaced: Bool
        var opens: Bool
        var closes = false
    }

    /// Word-wrapped lines of marked-up pieces, each at most `width` display columns; a word
    /// longer than a line is cut between characters.
    private func wrap(_ pieces: [Piece], width: Int) -> [Line] {
        var words: [Word] = []
        var spaced = false
        for piece in pieces {
            let first = words.count
            var word = Substring()
            for character in piece.text {
                if character.isWhitespace {
                    if !word.isEmpty {
                        words.append(Word(text: word, style: piece.style, spaced: spaced, opens: words.count == first))
                    }
                    word = Substring()
                    spaced = true
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty {
                words.append(Word(text: word, style: piece.style, spaced: spaced, opens: words.count == first))
                spaced = false
            }
            if words.count > first { words[words.count - 1].closes = true }
        }
        var lines: [Line] = []
        var line = Line()
        for word in words {
            let marks = color || word.style == .plain ? (open: "", close: "") : Self.markers(word.style)
            let open = word.opens ? marks.open : ""
            let close = word.closes ? marks.close : ""
            var rest = word.text
            var isFirstChunk = true
            while !rest.isEmpty {
                let gap = word.spaced && isFirstChunk && line.width > 0 ? 1 : 0
                let extra = (isFirstChunk ? open.count : 0) + close.count
                let room = width - line.width - gap - extra
                let restWidth = DisplayWidth.of(rest)
                if restWidth > room && line.width > 0 && restWidth + extra <= width {
                    lines.append(line)
                    line = Line()
                    continue
                }
                let chunk = Self.prefix(of: rest, fitting: room)
                if chunk.isEmpty && line.width > 0 {
                    lines.append(line)
                    line = Line()
                    continue
                }
                let cut = chunk.isEmpty ? rest.prefix(1) : chunk
                rest = rest.dropFirst(cut.count)
                let text = (isFirstChunk ? open : "") + String(cut) + (rest.isEmpty ? close : "")
                line.text += String(repeating: " ", count: gap) + painted(text, word.style)
                line.width += gap + TerminalText.width(text)
                isFirstChunk = false
                if !rest.isEmpty {
                    lines.append(line)
                    line = Line()
                }
            }
        }
        if line.width > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest start of `text` that takes at most `columns` display columns.
    private static func prefix(of text: Substring, fitting columns: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            used += DisplayWidth.of(text[index])
            guard used <= columns else { break }
            end = text.index(after: index)
        }
        return text[..<end]
    }

    private static func markers(_ style: Style) -> (open: String, close: String) {
        switch style {
        case .plain: ("", "")
        case .removed: ("[", "]")
        case .added: ("{", "}")
        case .related: ("~", "~")
        }
    }

    private func painted(_ text: String, _ style: Style) -> String {
        switch style {
        case .plain: text
        case .removed: Ink.red.paint(text, color: color)
        case .added: Ink.green.paint(text, color: color)
        case .related: Ink.yellow.paint(text, color: color)
        }
    }
}
