/// A weighted multiset of hashed features, sorted by key, for fast overlap counting.
struct FeatureBag: Sendable {
    private(set) var keys: [UInt32] = []
    private(set) var weights: [Float] = []
    /// The sum of all weights.
    private(set) var total: Float = 0

    init() {}

    /// A bag of `keys` (repeats count again), each occurrence weighted by `weight(key)`.
    init(_ keys: [UInt32], weight: (UInt32) -> Float = { _ in 1 }) {
        for key in keys.sorted() {
            let w = weight(key)
            if self.keys.last == key {
                self.weights[self.weights.count - 1] += w
            } else {
                self.keys.append(key)
                self.weights.append(w)
            }
            total += w
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The sum of both bags.
    func union(_ other: FeatureBag) -> FeatureBag {
        var result = FeatureBag()
        result.keys.reserveCapacity(keys.count + other.keys.count)
        result.weights.reserveCapacity(keys.count + other.keys.count)
        var i = 0
        var j = 0
        while i < keys.count || j < other.keys.count {
            if j == other.keys.count || (i < keys.count && keys[i] < other.keys[j]) {
                result.keys.append(keys[i]); result.weights.append(weights[i]); i += 1
            } else if i == keys.count || other.keys[j] < keys[i] {
                result.keys.append(other.keys[j]); result.weights.append(other.weights[j]); j += 1
            } else {
                result.keys.append(keys[i]); result.weights.append(weights[i] + other.weights[j]); i += 1; j += 1
            }
        }
        result.total = total + other.total
        return result
    }

    /// The weight both bags share: the sum over common keys of the smaller weight.
    func overlap(_ other: FeatureBag) -> Float {
        keys.withUnsafeBufferPointer { a in
            other.keys.withUnsafeBufferPointer { b in
                weights.withUnsafeBufferPointer { x in
                    other.weights.withUnsafeBufferPointer { y in
                        var shared: Float = 0
                        var i = 0
                        var j = 0
                        while i < a.count && j < b.count {
                            let (p, q) = (a[i], b[j])
                            if p == q {
                                shared += min(x[i], y[j])
                                i += 1
                                j += 1
                            } else if p < q {
                                i += 1
                            } else {
                                j += 1
                            }
                        }
                        return shared
                    }
                }
            }
        }
    }

    /// The Dice coefficient of the two bags, 2·overlap / (total + total), 0 when both are empty;
    /// at most 1 although the overlap and the totals add the same weights in other orders.
    func dice(_ other: FeatureBag) -> Float {
        let sum = total + other.total
        return sum > 0 ? min(1, 2 * overlap(other) / sum) : 0
    }
}
