/// A strict RFC 8259 JSON parser into `JSONValue`, for JSON Lines input.
public struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Parses one JSON text (surrounding white space allowed).
    ///
    /// - Throws: `JSONParseError` with the position of the first problem.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == parser.scalars.count else {
            throw parser.error("unexpected text after the JSON value")
        }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func error(_ message: String) -> JSONParseError { JSONParseError(message: message, offset: position) }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            position += 1
        }
    }

    private mutating func expect(_ literal: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        for scalar in literal.unicodeScalars {
            guard current == scalar else { throw error("invalid literal, expected '\(literal)'") }
            position += 1
        }
        return value
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        guard let scalar = current else { throw error("unexpected end of input") }
        switch scalar {
        case "{": return try object(depth: depth)
        case "[": return try array(depth: depth)
        case "\"": return .string(try string())
        case "t": return try expect("true", .bool(true))
        case "f": return try expect("false", .bool(false))
        case "n": return try expect("null", .null)
        case "-", "0"..."9": return try number()
        default: throw error("unexpected character '\(scalar)'")
        }
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if current == "}" {
            position += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == "\"" else { throw error("expected a string key") }
            let key = try string()
            skipSpace()
            guard current == ":" else { throw error("expected ':'") }
            position += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            if current == "," {
                position += 1
            } else if current == "}" {
                position += 1
                return .object(members)
            } else {
                throw error("expected ',' or '}'")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        position += 1
        var values: [JSONValue] = []
        skipSpace()
        if current == "]" {
            position += 1
            return .array(values)
        }
        while true {
            skipSpace()
            values.append(try value(depth: depth + 1))
            skipSpace()
            if current == "," {
                position += 1
            } else if current == "]" {
                position += 1
                return .array(values)
            } else {
                throw error("expected ',' or ']'")
            }
        }
    }

    private mutating func string() throws(JSONParseError) -> String {
        position += 1
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw error("unterminated string") }
            position += 1
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                guard let escaped = current else { throw error("unterminated escape") }
                position += 1
                switch escaped {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u": result.append(try unicodeEscape())
                default: throw error("invalid escape '\\\(escaped)'")
                }
            case "\u{00}"..."\u{1F}":
                throw error("control character in a string")
            default:
                result.append(scalar)
            }
        }
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else {
                throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first) {
            guard current == "\\", position + 1 < scalars.count, scalars[position + 1] == "u" else {
                throw error("unpaired surrogate in \\u escape")
            }
            position += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else { throw error("unpaired surrogate in \\u escape") }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("unpaired surrogate in \\u escape") }
        return scalar
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = position
        if current == "-" { position += 1 }
        guard let first = current, ("0"..."9").contains(first) else { throw error("invalid number") }
        position += 1
        if first != "0" { while let scalar = current, ("0"..."9").contains(scalar) { position += 1 } }
        var isInteger = true
        if current == "." {
            isInteger = false
            position += 1
            guard let scalar = current, ("0"..."9").contains(scalar) else { throw error("invalid number") }
            while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
        }
        if current == "e" || current == "E" {
            isInteger = false
            position += 1
            if current == "+" || current == "-" { position += 1 }
            guard let scalar = current, ("0"..."9").contains(scalar) else { throw error("invalid number") }
            while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<position])
        let literal = String(text)
        if isInteger, let value = Int(literal) { return .int(value) }
        guard let value = Double(literal) else { throw JSONParseError(message: "invalid number", offset: start) }
        return .double(value)
    }
}

extension JSONValue {
    /// The member named `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }
}
