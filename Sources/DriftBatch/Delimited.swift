/// Rows of a delimited text: CSV as RFC 4180 reads it (quoted fields may hold commas, quotes
/// doubled and line breaks), or TSV (fields split at tabs, no quoting). A byte order mark is
/// the decoder's; line ends may be CRLF or LF.
enum Delimited {
    /// A row's fields and the line it starts on, counting from 1.
    struct Row: Equatable {
        var fields: [String]
        var line: Int
    }

    /// The rows of a CSV text.
    static func csvRows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var rowLine = 1
        var quoted = false
        var atFieldStart = true
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        func endRow() {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
            fields = []
            field = ""
            atFieldStart = true
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\r" where pending == "\n":
                continue
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty || quoted { endRow() }
        return rows
    }

    /// The rows of a TSV text.
    static func tsvRows(_ text: String) -> [Row] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineEnd)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.enumerated().map { offset, line in
            Row(
                fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), line: offset + 1
            )
        }
    }
}
