/// One line of `drift pairs` input, `{"id": …, "reference": "…", "candidate": "…"}`.
public struct PairInput: Decodable, Sendable {
    /// The line's id, any JSON value, echoed in its result; null when absent.
    public var id: JSONValue
    public var reference: String
    public var candidate: String
    /// The pair's language (`fr`), when the line gives it; else the command's.
    public var language: String?
    /// The line's number in its input, from 1.
    public var line = 0

    private enum CodingKeys: String, CodingKey {
        case id, reference, candidate, language
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(JSONValue.self, forKey: .id) ?? .null
        reference = try container.decode(String.self, forKey: .reference)
        candidate = try container.decode(String.self, forKey: .candidate)
        language = try container.decodeIfPresent(String.self, forKey: .language)
    }

    /// Reads one input line.
    ///
    /// - Throws: `PairFailure` for bytes that are not UTF-8, invalid JSON or a missing or
    ///   mistyped member, with the id where it could be read.
    public init(line bytes: [UInt8], number: Int) throws(PairFailure) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PairFailure(id: .null, line: number, error: "invalid UTF-8")
        }
        do {
            self = try RecordCoding.decode(Self.self, from: text)
            line = number
        } catch {
            let id = (try? JSONValue(parsing: text))?["id"] ?? .null
            throw PairFailure(id: id, line: number, error: error.description)
        }
    }
}
