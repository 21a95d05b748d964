// FoundationEssentials holds the JSON coders without Foundation's private ICU, which clashes
// with DriftText's in sanitizer and fuzzer builds.
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How every record becomes JSON and back: `JSONEncoder` with sorted keys, `JSONDecoder` on
/// text that `JSONSyntax` has found to be strict JSON, and errors that name the member
/// (`versions[0].links[3].drift: missing`) or the place of a syntax error (`invalid JSON at
/// line 4, column 17`).
public enum RecordCoding {
    /// Non-finite numbers, which JSON lacks, as strings rather than a failure.
    private static let nonFinite = (positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")

    /// The value as compact JSON on one line, keys sorted, slashes and non-ASCII text as they are.
    public static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity,
            nan: nonFinite.nan)
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            // Records hold strings, numbers, booleans and containers of them only.
            preconditionFailure("a record could not be encoded: \(error)")
        }
    }

    /// Decodes a `T` from JSON text.
    ///
    /// - Throws: `RecordError` with the member path, or with the line and column of a syntax
    ///   error (`RecordError.isSyntaxError`).
    public static func decode<T: Decodable>(_ type: T.Type, from text: some StringProtocol) throws(RecordError) -> T {
        let bytes = Array(text.utf8)
        if let failure = JSONSyntax.firstError(in: bytes) { throw syntaxError(failure, in: bytes) }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: nonFinite.positiveInfinity, negativeInfinity: nonFinite.negativeInfinity,
            nan: nonFinite.nan)
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw recordError(error)
        } catch {
            throw RecordError(path: "", message: "\(error)")
        }
    }

    private static func recordError(_ error: DecodingError) -> RecordError {
        switch error {
        case .keyNotFound(let key, let context):
            return RecordError(path: path(context.codingPath + [key]), message: "missing")
        case .valueNotFound(let type, let context):
            return RecordError(path: path(context.codingPath), message: "expected \(name(of: type)), found null")
        case .typeMismatch(let type, let context):
            return RecordError(path: path(context.codingPath), message: "expected \(name(of: type))")
        case .dataCorrupted(let context):
            return RecordError(path: path(context.codingPath), message: message(context.debugDescription))
        @unknown default:
            return RecordError(path: "", message: "\(error)")
        }
    }

    /// A syntax error at its line and column (1-based, in characters).
    private static func syntaxError(_ failure: JSONSyntax.Failure, in bytes: [UInt8]) -> RecordError {
        let before = String(decoding: bytes.prefix(failure.offset), as: UTF8.self)
        let line = before.count { $0 == "\n" } + 1
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0) + 1
        return RecordError(
            path: "",
            message: "invalid JSON: " + (failure.truncated ? "the text ends too early" : "unexpected character"),
            position: (line: line, column: column))
    }

    /// `versions[0].links[3].drift`.
    private static func path(_ keys: [any CodingKey]) -> String {
        var path = ""
        for key in keys {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return path
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        case is [String: Any].Type: "an object"
        default:
            "\(type)".contains("Keyed") || "\(type)".contains("Dictionary")
                ? "an object" : "\(type)".contains("Unkeyed") || "\(type)".contains("Array") ? "an array" : "\(type)"
        }
    }

    /// The decoder's message made plain: `unknown value "bad"` for an enum's raw value.
    private static func message(_ description: String) -> String {
        if description.hasPrefix("Cannot initialize"), let value = description.split(separator: " value ").last {
            return "unknown value \"\(value)\""
        }
        return description
    }
}
