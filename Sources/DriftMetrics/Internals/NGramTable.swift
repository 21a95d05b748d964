/// Gives every distinct n-gram of a few token sequences a small dense ID, so that counting is
/// array indexing instead of hashing token tuples.
///
/// Tokens are 32-bit codes (a scalar's value, or a word's index from `WordCodes`). An n-gram's
/// ID is found from the ID of its first n−1 tokens and the ID of its last token; tokens and
/// n-grams of every order draw from one counter, so the pair identifies the n-gram. The map
/// is an open-addressing table with Fibonacci hashing, sized once for the expected n-grams:
/// n-gram counting is the hot loop of chrF and BLEU.
struct NGramTable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var shift: UInt64
    /// The order of each ID (1 for a token).
    private(set) var orders: [UInt8] = []

    private static let empty = UInt64.max
    private static let tokenFlag: UInt64 = 1 << 62

    /// A table for about `expected` distinct n-grams.
    init(expected: Int) {
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < 2 * expected {
            capacity *= 2
            bits += 1
        }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        shift = 64 - bits
        orders.reserveCapacity(expected)
    }

    /// The number of IDs handed out.
    var count: Int { orders.count }

    /// The IDs of all n-grams of order 1 through `maxOrder` in `tokens`, one per occurrence.
    mutating func ngrams(of tokens: [UInt32], maxOrder: Int) -> [Int32] {
        guard maxOrder > 0 else { return [] }
        var current = tokens.map { id(for: Self.tokenFlag | UInt64($0), order: 1) }
        let unigrams = current
        var result = current
        result.reserveCapacity(current.count * maxOrder)
        var order = 1
        while order < maxOrder, current.count > 1 {
            order += 1
            for i in 0..<(current.count - 1) {
                current[i] = id(
                    for: UInt64(UInt32(current[i])) << 32 | UInt64(UInt32(unigrams[i + order - 1])), order: order)
            }
            current.removeLast()
            result.append(contentsOf: current)
        }
        return result
    }

    /// The ID of `key`, handed out on first sight.
    private mutating func id(for key: UInt64, order: Int) -> Int32 {
        if 2 * (orders.count + 1) > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty {
                let id = Int32(orders.count)
                keys[slot] = key
                values[slot] = id
                orders.append(UInt8(order))
                return id
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift -= 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
