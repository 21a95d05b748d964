public import DriftAlign

/// One word-level operation of a link's diff in a saved comparison.
public struct DiffRecord: Sendable {
    public let kind: DiffKind
    /// The reference's words, code points; nil for an insertion.
    public let reference: Range<Int>?
    /// The version's words; nil for a deletion.
    public let version: Range<Int>?

    init(_ reader: RecordReader, referenceLength: Int, versionLength: Int) throws(RecordError) {
        let kindReader = try reader.member("op")
        guard let kind = DiffKind(rawValue: try kindReader.string()) else {
            throw RecordError(path: kindReader.path, message: "unknown diff operation")
        }
        self.kind = kind
        reference = try reader.range("ref", limit: referenceLength)
        version = try reader.range("version", limit: versionLength)
    }
}
