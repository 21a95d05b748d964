// The only file of DriftText that calls libstemmer.
internal import CStemmer

/// A libstemmer (Snowball) stemmer for UTF-8 text. Re-entrant but not thread-safe.
final class SnowballStemmer {
    private let handle: OpaquePointer

    /// The names of the available algorithms. The corresponding C function is `sb_stemmer_list`.
    static var algorithms: [String] {
        var names: [String] = []
        guard let list = CStemmer_list() else { return names }
        var index = 0
        while let name = list[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }

    /// The corresponding C function is `sb_stemmer_new`; nil for an unknown algorithm.
    init?(algorithm: String) {
        guard let handle = CStemmer_new(algorithm) else { return nil }
        self.handle = handle
    }

    deinit { CStemmer_delete(handle) }

    /// The stem of a lower-case word. The corresponding C function is `sb_stemmer_stem`.
    func stem(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { buffer in
            guard let stemmed = CStemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(CStemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
    }
}
