extension KeyedDecodingContainer {
    /// A member that must be present but may be null: a missing key is an error, unlike
    /// `decodeIfPresent`.
    func decodeRequired<T: Decodable>(_ type: T?.Type, forKey key: Key) throws -> T? {
        guard contains(key) else {
            throw DecodingError.keyNotFound(
                key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing"))
        }
        return try decodeIfPresent(T.self, forKey: key)
    }
}
