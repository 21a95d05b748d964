import DriftRecords

/// A JSON Schema (draft 2020-12) validator for the keywords drift's schemas use: `type`,
/// `const`, `enum`, `properties`, `required`, `additionalProperties` (boolean), `items`,
/// `minItems`, `maxItems`, `minimum`, `maximum`, `oneOf` and local `$ref`s (`#/$defs/…`).
/// Any other keyword makes validation fail, so that a schema cannot silently go unchecked.
public struct JSONSchema {
    private let root: JSONValue

    /// Parses a schema.
    public init(_ text: String) throws {
        root = try JSONValue(parsing: text)
    }

    /// The violations of `value`, each as "path: problem"; empty when it conforms.
    public func violations(of value: JSONValue) -> [String] {
        var problems: [String] = []
        check(value, against: root, at: "$", into: &problems)
        return problems
    }

    private static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let members) = schema else {
            problems.append("\(path): schema is not an object")
            return
        }
        for (keyword, rule) in members {
            switch keyword {
            case "$ref":
                guard case .string(let reference) = rule, let target = resolve(reference) else {
                    problems.append("\(path): unresolved $ref \(rule.serialized)")
                    continue
                }
                check(value, against: target, at: path, into: &problems)
            case "type":
                let allowed: [String]
                switch rule {
                case .string(let name): allowed = [name]
                case .array(let names): allowed = names.compactMap { if case .string(let n) = $0 { n } else { nil } }
                default: allowed = []
                }
                if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                    problems.append(
                        "\(path): expected \(allowed.joined(separator: " or ")), found \(value.serialized.prefix(40))")
                }
            case "const":
                if value != rule { problems.append("\(path): expected \(rule.serialized)") }
            case "enum":
                if case .array(let options) = rule, !options.contains(value) {
                    problems.append("\(path): \(value.serialized) is not one of \(rule.serialized)")
                }
            case "properties":
                guard case .object(let fields) = value, case .object(let properties) = rule else { continue }
                for (name, field) in fields {
                    if let subschema = properties.first(where: { $0.0 == name })?.1 {
                        check(field, against: subschema, at: path + "." + name, into: &problems)
                    }
                }
            case "required":
                guard case .object(let fields) = value, case .array(let names) = rule else { continue }
                for case .string(let name) in names where !fields.contains(where: { $0.0 == name }) {
                    problems.append("\(path): missing \"\(name)\"")
                }
            case "additionalProperties":
                guard case .object(let fields) = value, rule == .bool(false) else { continue }
                let known =
                    members.first(where: { $0.0 == "properties" }).flatMap { entry -> [String]? in
                        if case .object(let properties) = entry.1 { properties.map(\.0) } else { nil }
                    } ?? []
                for (name, _) in fields where !known.contains(name) {
                    problems.append("\(path): unexpected \"\(name)\"")
                }
            case "items":
                guard case .array(let elements) = value else { continue }
                for (index, element) in elements.enumerated() {
                    check(element, against: rule, at: "\(path)[\(index)]", into: &problems)
                }
            case "minItems", "maxItems":
                guard case .array(let elements) = value, case .int(let bound) = rule else { continue }
                if keyword == "minItems" ? elements.count < bound : elements.count > bound {
                    problems.append("\(path): \(elements.count) items, \(keyword) \(bound)")
                }
            case "minimum", "maximum":
                guard let number = Self.number(value), let bound = Self.number(rule) else { continue }
                if keyword == "minimum" ? number < bound : number > bound {
                    problems.append("\(path): \(number) beyond \(keyword) \(bound)")
                }
            case "oneOf":
                guard case .array(let options) = rule else { continue }
                let passing = options.filter { option in
                    var scratch: [String] = []
                    check(value, against: option, at: path, into: &scratch)
                    return scratch.isEmpty
                }
                if passing.count != 1 {
                    problems.append("\(path): matches \(passing.count) of oneOf's \(options.count) schemas")
                }
            default:
                if !Self.annotations.contains(keyword) {
                    problems.append("\(path): keyword \(keyword) is not supported")
                }
            }
        }
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for component in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(component)]
        }
        return node
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            ("string", .string), ("array", .array), ("object", .object):
            true
        default:
            false
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let number): Double(number)
        case .double(let number): number
        default: nil
        }
    }
}
