/// A saved `drift compare` result (`drift.compare/1`), read back for reports: the reference,
/// every version with its judgement, links and findings, and both texts.
public struct ComparisonRecord: Sendable {
    /// Whether sentence embeddings informed the comparison.
    public let embeddings: Bool
    public let reference: DocumentRecord
    public let versions: [VersionRecord]

    /// Reads a `drift.compare/1` document.
    ///
    /// - Throws: `RecordError` naming the member that is missing or malformed.
    public init(json: JSONValue) throws(RecordError) {
        let reader = RecordReader(json)
        let schema = try reader.member("schema")
        guard try schema.string() == ComparisonRenderer.schema else {
            throw RecordError(
                path: schema.path,
                message: "expected \"\(ComparisonRenderer.schema)\", the output of drift compare --format json")
        }
        guard case .bool(let embeddings)? = json["embeddings"] else {
            throw RecordError(path: "embeddings", message: "expected true or false")
        }
        self.embeddings = embeddings
        reference = try DocumentRecord(reader.member("reference"))
        var versions: [VersionRecord] = []
        for version in try reader.array("versions") {
            try versions.append(VersionRecord(version, referenceLength: reference.text.count))
        }
        self.versions = versions
    }
}
