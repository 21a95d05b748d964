public import DriftRecords

/// Renders a collation (`drift collate`): as text for people, one block per group with the
/// consensus and the documents that word it otherwise, or as CSV, a row per group and a column
/// per document.
public struct CollationRenderer: Sendable {
    /// The widest line of the text format, in terminal columns.
    public var width: Int
    /// Whether the text format colours what deviates.
    public var color: Bool

    /// Creates a renderer.
    public init(width: Int = 120, color: Bool = false) {
        self.width = width
        self.color = color
    }

    /// The documents, then each group: its number, how many of the documents that have it
    /// agree, which lack it, the consensus (`=`), and the wording of every document that words
    /// it otherwise (`≠`).
    public func text(_ record: CollationRecord) -> String {
        var output = "pivot: \(record.pivot)\n"
        output += "documents: \(record.documents.count), groups: \(record.groups.count)\n"
        let nameWidth = record.documents.map { TerminalText.width($0.path) }.max() ?? 0
        for group in record.groups {
            let lacking = group.members.filter { $0.text == nil }.map(\.path)
            var title = "── group \(group.index) · "
            if group.present == 1, let only = group.members.first(where: { $0.text != nil }) {
                title += "only in \(only.path)"
            } else {
                title += "\(group.agreement) of \(group.present) agree"
                if !lacking.isEmpty { title += "; not in " + lacking.joined(separator: ", ") }
            }
            output += "\n" + TerminalText.wrap(title, width, hanging: "   ")
            output += TerminalText.wrap(Self.oneLine(group.consensus), width, indent: "   = ", hanging: "     ")
            guard group.present > 1 else { continue }
            for member in group.members where !member.agrees {
                guard let text = member.text else { continue }
                let wrapped = TerminalText.wrap(
                    Self.oneLine(text), width, indent: "   ≠ " + TerminalText.pad(member.path, nameWidth) + "  ",
                    hanging: String(repeating: " ", count: 7 + nameWidth))
                // Colour by line, so that no escape spans a line break.
                output +=
                    wrapped.split(separator: "\n").map { Ink.yellow.paint(String($0), color: color) }
                    .joined(separator: "\n") + "\n"
            }
        }
        return output
    }

    /// `text` with each run of white space, line breaks included, as one space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The CSV header and a row per group: number, agreement, documents present, consensus,
    /// then each document's text (empty for a gap).
    public static func csv(_ record: CollationRecord) -> String {
        let header = ["group", "agreement", "present", "consensus"] + record.documents.map(\.path)
        var output = header.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        for group in record.groups {
            let fields =
                ["\(group.index)", "\(group.agreement)", "\(group.present)", group.consensus]
                + group.members.map { $0.text ?? "" }
            output += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return output
    }
}
