import DriftText

/// Measuring, padding and word-wrapping text for a terminal, in display columns
/// (`DisplayWidth`: a Chinese character takes two) and not counting colour escapes.
enum TerminalText {
    /// The columns `text` takes on a terminal, without its ANSI escape sequences.
    static func width(_ text: some StringProtocol) -> Int {
        var columns = 0
        var inEscape = false
        for character in text {
            if inEscape {
                inEscape = !character.isLetter
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                columns += DisplayWidth.of(character)
            }
        }
        return columns
    }

    /// `text` with spaces after it (or, `right`-aligned, before it) up to `columns`.
    static func pad(_ text: String, _ columns: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, columns - width(text)))
        return right ? padding + text : text + padding
    }

    /// `text` word-wrapped to lines of at most `columns`, each ending in a newline: the first
    /// line starts with `indent`, the others with `hanging`. Spaces between words on one line
    /// stay as they are; a word too long for a line of its own overflows it, as there is
    /// nowhere to break it.
    static func wrap(_ text: String, _ columns: Int, indent: String = "", hanging: String = "") -> String {
        guard width(indent + text) > columns else { return indent + text + "\n" }
        var words: [(gap: Int, text: Substring)] = []
        var gap = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            gap += 1
            guard !word.isEmpty else { continue }
            if word.first == "%", let last = words.last {
                // "41 %" stays on one line: a percent sign does not start one.
                words[words.count - 1].text = Substring(last.text + String(repeating: " ", count: gap) + word)
            } else {
                words.append((gap, word))
            }
            gap = 0
        }
        return wrap(words, columns, indent: indent, hanging: hanging)
    }

    /// `items` joined by `separator` and wrapped as `wrap(_:_:indent:hanging:)` does, breaking
    /// lines only between items (after the separator).
    static func wrap(_ items: [String], separator: String, _ columns: Int, indent: String = "", hanging: String = "")
        -> String
    {
        let last = items.count - 1
        return wrap(
            items.enumerated().map { (1, Substring($1 + ($0 < last ? separator : ""))) }, columns, indent: indent,
            hanging: hanging)
    }

    /// Words, each with the spaces before it, on lines of at most `columns`.
    private static func wrap(_ words: [(gap: Int, text: Substring)], _ columns: Int, indent: String, hanging: String)
        -> String
    {
        var output = ""
        var line = indent
        var lineWidth = width(indent)
        var lineHasWord = false
        for (gap, word) in words {
            let wordWidth = width(word)
            if lineHasWord && lineWidth + gap + wordWidth > columns {
                output += line + "\n"
                line = hanging
                lineWidth = width(hanging)
                lineHasWord = false
            }
            if lineHasWord {
                line += String(repeating: " ", count: gap)
                lineWidth += gap
            }
            line += word
            lineWidth += wordWidth
            lineHasWord = true
        }
        return output + line + "\n"
    }
}
