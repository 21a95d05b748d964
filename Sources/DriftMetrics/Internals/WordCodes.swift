/// Numbers words for `NGramTable`: the same word gets the same code within one segment's
/// hypothesis and references.
struct WordCodes {
    private var codes: [String: UInt32] = [:]

    mutating func codes(of words: [String]) -> [UInt32] {
        words.map { word in
            if let code = codes[word] { return code }
            let code = UInt32(codes.count)
            codes[word] = code
            return code
        }
    }
}
