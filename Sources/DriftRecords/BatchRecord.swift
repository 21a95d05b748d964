/// One line of `drift batch`'s output (`drift.batch/1`, docs/schema/batch.schema.json): a
/// comparison's figures, or the error that kept it from being made.
///
/// A comparison of one version holds its `VersionSummary` members at the top level
/// (`{"id", "reference", "version", "verdict", "coverage", …}`); an input line of
/// `drift batch --stdin` with several `versions` holds one summary each in `versions`. With
/// `--details`, `comparison` holds the whole `drift.compare/1` record.
public struct BatchRecord: Codable, Sendable, Equatable {
    /// The identifier of the record's shape.
    public static let schema = "drift.batch/1"

    /// The item's id as the input gave it.
    public var id: JSONValue
    /// The reference's path; nil for a text given inline.
    public var reference: String?
    /// The language compared in (`en`, `fr`); nil in an error record.
    public var language: String?
    /// The one version's figures, or nil for several versions or an error.
    public var summary: VersionSummary?
    /// Each version's figures, for an input with several.
    public var versions: [VersionSummary]?
    /// The whole comparison, with `--details`.
    public var comparison: ComparisonRecord?
    /// Seconds the comparison took, with `--timings`.
    public var seconds: Double?
    /// Why the item could not be compared; nil when it was.
    public var error: String?
    /// The file at fault, for an error about one.
    public var path: String?
    /// The input line of a failed item (manifest or standard input), counting from 1.
    public var line: Int?

    /// The record of a comparison.
    public init(
        id: JSONValue, reference: String?, language: String, versions: [VersionSummary],
        comparison: ComparisonRecord? = nil, seconds: Double? = nil
    ) {
        self.id = id
        self.reference = reference
        self.language = language
        if versions.count == 1 {
            summary = versions[0]
        } else {
            self.versions = versions
        }
        self.comparison = comparison
        self.seconds = seconds.map(Rounded.fourDecimals)
    }

    /// The record of an item that failed: `error` says why, `path` names the file at fault.
    public static func failure(
        id: JSONValue, error: String, path: String? = nil, line: Int? = nil, reference: String? = nil,
        version: String? = nil
    ) -> BatchRecord {
        BatchRecord(id: id, reference: reference, version: version, error: error, path: path, line: line)
    }

    private init(id: JSONValue, reference: String?, version: String?, error: String, path: String?, line: Int?) {
        self.id = id
        self.reference = reference
        self.error = error
        self.path = path
        self.line = line
        failedVersion = version
    }

    /// The version's path of a failed item with one version.
    private var failedVersion: String?

    /// The version's path: of the one version compared, or of the failed item.
    public var version: String? { summary?.version ?? failedVersion }

    /// Whether the item was compared.
    public var succeeded: Bool { error == nil }

    private enum CodingKeys: String, CodingKey {
        case schema, id, reference, version, language, versions, comparison, seconds, error, path, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard try container.decode(String.self, forKey: .schema) == Self.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "expected \"\(Self.schema)\", the output of drift batch")
        }
        id = try container.decode(JSONValue.self, forKey: .id)
        reference = try container.decodeIfPresent(String.self, forKey: .reference)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        versions = try container.decodeIfPresent([VersionSummary].self, forKey: .versions)
        comparison = try container.decodeIfPresent(ComparisonRecord.self, forKey: .comparison)
        seconds = try container.decodeIfPresent(Double.self, forKey: .seconds)
        error = try container.decodeIfPresent(String.self, forKey: .error)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        line = try container.decodeIfPresent(Int.self, forKey: .line)
        if error != nil {
            failedVersion = try container.decodeIfPresent(String.self, forKey: .version)
        } else if versions == nil {
            summary = try VersionSummary(from: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(reference, forKey: .reference)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(versions, forKey: .versions)
        try container.encodeIfPresent(comparison, forKey: .comparison)
        try container.encodeIfPresent(seconds, forKey: .seconds)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(line, forKey: .line)
        if let summary {
            try summary.encode(to: encoder)
        } else {
            try container.encodeIfPresent(failedVersion, forKey: .version)
        }
    }
}
