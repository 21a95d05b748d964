import DriftText

/// A file of one segment per line, as sacreBLEU reads it: lines split on `\n`, trailing white
/// space (and so a `\r`) stripped from each, no line after a final newline.
public enum LineFile {
    /// The lines of a file, or of standard input for `-`.
    ///
    /// - Parameter maxBytes: The largest input accepted.
    /// - Throws: `InputError` naming the file, and the line for invalid UTF-8.
    public static func read(_ path: String, lossy: Bool = false, maxBytes: Int = Document.defaultMaxBytes) throws(InputError) -> [String] {
        let bytes = try FileReader.bytes(at: path, maxBytes: maxBytes)
        var text: String
        do {
            text = try TextDecoder.decode(bytes, lossy: lossy)
        } catch {
            throw .undecodable(path: path, error)
        }
        return text.withUTF8 { utf8 in
            var lines: [String] = []
            var start = 0
            while start < utf8.count {
                var end = start
                while end < utf8.count, utf8[end] != 0x0A { end += 1 }
                lines.append(rightStripped(UnsafeBufferPointer(rebasing: utf8[start..<end])))
                start = end + 1
            }
            return lines
        }
    }

    /// The line without trailing white space, as Python's `rstrip()`.
    private static func rightStripped(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var end = line.count
        while end > 0, line[end - 1] == 0x20 || (0x09...0x0D).contains(line[end - 1]) { end -= 1 }
        let string = String(decoding: UnsafeBufferPointer(rebasing: line[..<end]), as: UTF8.self)
        guard end > 0, line[end - 1] >= 0x80 else { return string }
        // A non-ASCII ending may be white space too (NBSP, ideographic space).
        var scalars = string.unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
