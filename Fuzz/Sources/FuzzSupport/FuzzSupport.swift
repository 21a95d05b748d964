import DriftText

/// Helpers shared by the fuzz targets.
public enum Fuzz {
    /// The input as an array.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Two inputs from one: split at the first 0xFF byte (which never occurs in UTF-8), else in
    /// the middle.
    public static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        if let cut = bytes.firstIndex(of: 0xFF) {
            return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
        }
        let half = bytes.count / 2
        return (Array(bytes[..<half]), Array(bytes[half...]))
    }

    /// The text as drift reads a file (lossy), or, when the decoder refuses it (empty, binary),
    /// the bytes decoded as UTF-8 anyway: the library APIs take any `Text`.
    public static func text(_ bytes: [UInt8]) -> Text {
        if let string = try? TextDecoder.decode(bytes, lossy: true) { return Text(string) }
        return Text(String(decoding: bytes, as: UTF8.self))
    }

    /// Two texts from one input: split as `split` does, each decoded as `text` does.
    public static func texts(_ data: UnsafePointer<UInt8>, _ size: Int) -> (Text, Text) {
        let (left, right) = split(bytes(data, size))
        return (text(left), text(right))
    }

    /// Checks that `ranges` are non-empty, in order, non-overlapping and inside `0..<count`.
    public static func checkOrdered(
        _ ranges: [Range<Int>], within bounds: Range<Int>, _ what: String, file: StaticString = #file,
        line: UInt = #line
    ) {
        var end = bounds.lowerBound
        for (index, range) in ranges.enumerated() {
            precondition(!range.isEmpty, "\(what) \(index) is empty: \(range)", file: file, line: line)
            precondition(
                range.lowerBound >= end, "\(what) \(index) \(range) starts before \(end)", file: file, line: line)
            precondition(
                range.upperBound <= bounds.upperBound, "\(what) \(index) \(range) ends past \(bounds)", file: file,
                line: line)
            end = range.upperBound
        }
    }
}
