/// Pointers from synsets to synsets, kept as one sorted array of `from << 32 | to` pairs: a
/// dictionary of arrays would allocate one array per synset when WordNet loads.
struct SynsetLinks: Sendable {
    private var pairs: [UInt64] = []
    private var sorted = true

    /// Adds a pointer from `from` to `to`.
    mutating func add(_ from: UInt32, _ to: UInt32) {
        pairs.append(UInt64(from) << 32 | UInt64(to))
        sorted = false
    }

    /// Sorts the pointers; `targets(of:)` needs it.
    mutating func seal() {
        if !sorted { pairs.sort() }
        sorted = true
    }

    /// The synsets `key` points to.
    func targets(of key: UInt32) -> [UInt32] {
        precondition(sorted, "SynsetLinks.seal() before reading")
        var low = 0
        var high = pairs.count
        let first = UInt64(key) << 32
        while low < high {
            let mid = (low + high) / 2
            if pairs[mid] < first { low = mid + 1 } else { high = mid }
        }
        var result: [UInt32] = []
        while low < pairs.count && pairs[low] >> 32 == UInt64(key) {
            result.append(UInt32(truncatingIfNeeded: pairs[low]))
            low += 1
        }
        return result
    }
}
