/// Turns the page's view models into what Mustache reads without reflection: a struct into
/// `[String: Any]` by its synthesized `Encodable` conformance, an array into `[Any]`, strings,
/// numbers and Booleans as they are. A nil optional is left out, which Mustache reads as a
/// missing key, as it read a nil field. A field added to a view model is in the templates'
/// reach with nothing else to write, and the report's thousands of rows are looked up in
/// dictionaries instead of by `Mirror`, which made rendering slow.
enum TemplateEncoder {
    /// The template value of `model`.
    static func value<T: Encodable>(of model: T) -> Any {
        switch model {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let number as Double: return number
        default:
            let encoder = ModelEncoder()
            // The view models hold only the values above, in structs and arrays: their
            // synthesized conformances call nothing that throws.
            try? model.encode(to: encoder)
            return encoder.result
        }
    }

    fileprivate static func double<F: BinaryFloatingPoint>(_ number: F) -> Double { Double(number) }

    /// A value with the containers that nested encoders left behind turned into dictionaries
    /// and arrays.
    private static func resolved(_ value: Any) -> Any {
        switch value {
        case let members as Members: members.value
        case let elements as Elements: elements.value
        case let encoder as ModelEncoder: encoder.result
        default: value
        }
    }

    /// The members of a keyed container, shared by the container and its encoder.
    private final class Members {
        var values: [String: Any] = [:]
        /// Whether some values are containers still being filled (nested or super encoders).
        var deferred = false
        var value: [String: Any] { deferred ? values.mapValues(resolved) : values }
    }

    /// The elements of an unkeyed container.
    private final class Elements {
        var values: [Any] = []
        var deferred = false
        var value: [Any] { deferred ? values.map(resolved) : values }
    }

    /// Collects one value: a keyed container's members, an unkeyed one's elements, or one
    /// single value.
    private final class ModelEncoder: Encoder {
        let codingPath: [any CodingKey] = []
        let userInfo: [CodingUserInfoKey: Any] = [:]
        private var members: Members?
        private var elements: Elements?
        var single: Any?

        var result: Any { members?.value ?? elements?.value ?? single ?? [String: Any]() }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let members = self.members ?? Members()
            self.members = members
            return KeyedEncodingContainer(Keyed(members: members))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let elements = self.elements ?? Elements()
            self.elements = elements
            return Unkeyed(elements: elements)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let codingPath: [any CodingKey] = []
        let members: Members

        mutating func encodeNil(forKey key: Key) { members.values[key.stringValue] = nil }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            members.values[key.stringValue] = TemplateEncoder.value(of: value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let nested = Members()
            members.values[key.stringValue] = nested
            members.deferred = true
            return KeyedEncodingContainer(Keyed<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Elements()
            members.values[key.stringValue] = nested
            members.deferred = true
            return Unkeyed(elements: nested)
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let encoder = ModelEncoder()
            members.values[name] = encoder
            members.deferred = true
            return encoder
        }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let codingPath: [any CodingKey] = []
        let elements: Elements
        var count: Int { elements.values.count }

        mutating func encodeNil() {}

        mutating func encode<T: Encodable>(_ value: T) { elements.values.append(TemplateEncoder.value(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            let nested = Members()
            elements.values.append(nested)
            elements.deferred = true
            return KeyedEncodingContainer(Keyed<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = Elements()
            elements.values.append(nested)
            elements.deferred = true
            return Unkeyed(elements: nested)
        }

        mutating func superEncoder() -> any Encoder {
            let encoder = ModelEncoder()
            elements.values.append(encoder)
            elements.deferred = true
            return encoder
        }
    }

    private struct Single: SingleValueEncodingContainer {
        let codingPath: [any CodingKey] = []
        let encoder: ModelEncoder

        mutating func encodeNil() { encoder.single = nil }

        mutating func encode<T: Encodable>(_ value: T) {
            // A number other than Int and Double encodes itself here: as Int or Double, lest
            // it come back.
            switch value {
            case let number as any BinaryInteger: encoder.single = Int(truncatingIfNeeded: number)
            case let number as any BinaryFloatingPoint: encoder.single = TemplateEncoder.double(number)
            default: encoder.single = TemplateEncoder.value(of: value)
            }
        }
    }
}
