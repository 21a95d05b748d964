/// Typed access to the members of a JSON value that name their place on failure.
struct RecordReader {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String = "") {
        self.value = value
        self.path = path
    }

    func member(_ key: String) throws(RecordError) -> RecordReader {
        guard case .object = value else { throw RecordError(path: path, message: "expected an object") }
        guard let member = value[key] else { throw RecordError(path: place(key), message: "missing") }
        return RecordReader(member, path: place(key))
    }

    /// The member, or nil when it is absent or null.
    func optional(_ key: String) -> RecordReader? {
        guard let member = value[key], member != .null else { return nil }
        return RecordReader(member, path: place(key))
    }

    func string(_ key: String) throws(RecordError) -> String { try member(key).string() }

    func string() throws(RecordError) -> String {
        guard case .string(let string) = value else { throw RecordError(path: path, message: "expected a string") }
        return string
    }

    func double(_ key: String) throws(RecordError) -> Double {
        let member = try member(key)
        switch member.value {
        case .double(let number): return number
        case .int(let number): return Double(number)
        default: throw RecordError(path: member.path, message: "expected a number")
        }
    }

    func int(_ key: String) throws(RecordError) -> Int {
        let member = try member(key)
        guard case .int(let number) = member.value else {
            throw RecordError(path: member.path, message: "expected an integer")
        }
        return number
    }

    func array(_ key: String) throws(RecordError) -> [RecordReader] {
        let member = try member(key)
        guard case .array(let values) = member.value else {
            throw RecordError(path: member.path, message: "expected an array")
        }
        return values.enumerated().map { RecordReader($1, path: "\(member.path)[\($0)]") }
    }

    /// A `[start, end)` pair of the member, nil when it is null; `limit` bounds the end.
    func range(_ key: String, limit: Int) throws(RecordError) -> Range<Int>? {
        guard let member = optional(key) else {
            if value[key] == nil { throw RecordError(path: place(key), message: "missing") }
            return nil
        }
        guard case .array(let bounds) = member.value, bounds.count == 2,
            case .int(let start) = bounds[0], case .int(let end) = bounds[1]
        else { throw RecordError(path: member.path, message: "expected [start, end]") }
        return try member.bounded(start, end, limit: limit)
    }

    /// The `start` and `end` members of an excerpt, `{"start", "end", "text"}`, within `0…limit`.
    func excerpt(limit: Int) throws(RecordError) -> Range<Int> {
        try bounded(int("start"), int("end"), limit: limit)
    }

    /// `start..<end` when it lies within `0…limit`.
    private func bounded(_ start: Int, _ end: Int, limit: Int) throws(RecordError) -> Range<Int> {
        guard 0 <= start, start <= end, end <= limit else {
            throw RecordError(path: path, message: "[\(start), \(end)] is outside 0…\(limit)")
        }
        return start..<end
    }

    private func place(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
