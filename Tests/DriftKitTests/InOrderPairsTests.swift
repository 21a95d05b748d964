import PropertyBased
import Testing

@testable import DriftKit

/// The order-keeping first pass of the word accounting: a longest common subsequence of the
/// spellings, the copies nearest in place where several give the same length.
@Suite struct InOrderPairsTests {
    /// "Where thou diest, will I die" against "Where you die, I will die": the reference's
    /// "die" keeps the version's second "die", in place, and "diest" is left for the first.
    @Test func aRepeatedWordKeepsTheCopyInPlace() {
        #expect(WordAccounting.inOrderPairs(["diest", "die"], ["die", "die"]).map { [$0.0, $0.1] } == [[1, 1]])
        #expect(WordAccounting.inOrderPairs(["a", "b", "a"], ["a", "a"]).map { [$0.0, $0.1] } == [[0, 0], [2, 1]])
    }

    @Test func nothingInCommonOrNothingAtAll() {
        #expect(WordAccounting.inOrderPairs(["a"], ["b"]).isEmpty)
        #expect(WordAccounting.inOrderPairs([], ["b"]).isEmpty)
    }

    /// The pairs are in order on both sides, pair equal spellings, and are as many as the
    /// longest common subsequence has.
    @Test func pairsAreALongestCommonSubsequence() async {
        let words = Gen<String?>.element(of: ["a", "b", "c", "d"]).array(of: 0...12)
        await propertyCheck(count: 300, input: words, words) { a, b in
            let left = a.compactMap { $0 }
            let right = b.compactMap { $0 }
            let pairs = WordAccounting.inOrderPairs(left, right)
            for (k, pair) in pairs.enumerated() {
                #expect(left[pair.0] == right[pair.1])
                if k > 0 {
                    #expect(pair.0 > pairs[k - 1].0 && pair.1 > pairs[k - 1].1)
                }
            }
            #expect(pairs.count == Self.lcsLength(left, right))
        }
    }

    static func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var previous = 0
            for (j, y) in b.enumerated() {
                let saved = row[j + 1]
                row[j + 1] = x == y ? previous + 1 : max(row[j + 1], row[j])
                previous = saved
            }
        }
        return row[b.count]
    }
}
