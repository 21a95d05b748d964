public import DriftText

/// A file of one segment per line, as sacreBLEU reads it: lines split on `\n`, trailing white
/// space (and so a `\r`) stripped from each, no line after a final newline.
public enum LineFile {
    /// The lines of a file, or of standard input for `-`.
    ///
    /// - Throws: `InputError` naming the file, and the line for invalid UTF-8.
    public static func read(_ path: String, lossy: Bool = false) throws(InputError) -> [String] {
        let document = try Document(contentsOf: path, lossy: lossy)
        var lines = document.text.string.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            var end = line.unicodeScalars.endIndex
            while end > line.unicodeScalars.startIndex, line.unicodeScalars[line.unicodeScalars.index(before: end)].properties.isWhitespace {
                end = line.unicodeScalars.index(before: end)
            }
            return String(line.unicodeScalars[..<end])
        }
    }
}
