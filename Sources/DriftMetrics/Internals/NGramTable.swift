/// Gives every distinct n-gram of a few token sequences a small dense ID, so that counting is
/// array indexing instead of hashing token tuples.
///
/// An n-gram's ID is found from the ID of its first n−1 tokens and the ID of its last token;
/// tokens and n-grams of every order draw from one counter, so the pair identifies the n-gram.
struct NGramTable<Token: Hashable> {
    private var tokenIDs: [Token: Int32] = [:]
    private var extensions: [UInt64: Int32] = [:]
    /// The order of each ID (1 for a token).
    private(set) var orders: [UInt8] = []

    /// The number of IDs handed out.
    var count: Int { orders.count }

    /// The IDs of all n-grams of order 1 through `maxOrder` in `tokens`, one per occurrence.
    mutating func ngrams(of tokens: some Collection<Token>, maxOrder: Int) -> [Int32] {
        var current = tokens.map { token in
            if let id = self.tokenIDs[token] { return id }
            let id = newID(order: 1)
            self.tokenIDs[token] = id
            return id
        }
        let unigrams = current
        var result = current
        var order = 1
        while order < maxOrder, current.count > 1 {
            order += 1
            var next: [Int32] = []
            next.reserveCapacity(current.count - 1)
            for i in 0..<(current.count - 1) {
                let key = UInt64(UInt32(current[i])) << 32 | UInt64(UInt32(unigrams[i + order - 1]))
                if let id = extensions[key] {
                    next.append(id)
                } else {
                    let id = newID(order: order)
                    extensions[key] = id
                    next.append(id)
                }
            }
            result.append(contentsOf: next)
            current = next
        }
        return result
    }

    private mutating func newID(order: Int) -> Int32 {
        orders.append(UInt8(order))
        return Int32(orders.count - 1)
    }
}
