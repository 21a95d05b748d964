import DriftRecords

/// A JSON Lines entry of a batch: `{"id", "reference", "version"}` or with `"versions": […]`,
/// optionally `"glossary"` and `"language"`. In a manifest the texts are paths; on standard
/// input they are the texts themselves.
struct ItemLine: Decodable {
    var id: JSONValue?
    var reference: String
    var version: String?
    var versions: [String]?
    var glossary: String?
    var language: String?

    /// The versions, exactly one of `version` and `versions` given.
    func versionTexts() throws(BatchLineError) -> [String] {
        switch (version, versions) {
        case (let version?, nil): return [version]
        case (nil, let versions?) where !versions.isEmpty: return versions
        case (nil, _?): throw BatchLineError("'versions' is empty")
        case (nil, nil): throw BatchLineError("missing 'version' (or 'versions')")
        case (_?, _?): throw BatchLineError("give 'version' or 'versions', not both")
        }
    }

    /// The line's entry read from JSON text.
    static func decode(_ text: some StringProtocol) throws(BatchLineError) -> ItemLine {
        do {
            return try RecordCoding.decode(ItemLine.self, from: text)
        } catch {
            throw BatchLineError(error.description)
        }
    }
}
