#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures the `PairFeatures` of a pair from its word accounting: the shares of content left
/// unaccounted, word order, numbers, negation, modality, names and length.
enum FeatureMeasurer {
    static func features(_ reference: PairSide, _ version: PairSide, _ accounting: WordAccounting, characterGap: Double)
        -> PairFeatures
    {
        let left = reference.content
        let right = version.content
        let referenceLoss = left.isEmpty ? 0 : Double(accounting.keptReference.count { !$0 }) / Double(left.count)
        let candidateNovelty = right.isEmpty ? 0 : Double(accounting.keptVersion.count { !$0 }) / Double(right.count)
        let matches = accounting.matches
        let pairs = matches.count * (matches.count - 1) / 2
        var order = matches.map(\.version)
        let discordant = inversions(&order)
        let position = Dictionary(matches.map { ($0.reference, $0.version) }, uniquingKeysWith: { first, _ in first })
        var bigrams = 0
        var broken = 0
        for i in left.indices.dropLast() {
            guard let here = position[i], let next = position[i + 1] else { continue }
            bigrams += 1
            if !(1...3).contains(next - here) { broken += 1 }
        }
        func has(_ kind: ReplacementKind) -> Double {
            accounting.evidence.contains { $0.replacementKind == kind } ? 1 : 0
        }
        let leftNames = left.indices.filter { left[$0].role == .name }
        let rightNames = right.indices.filter { right[$0].role == .name }
        let unmatchedNames =
            leftNames.count { !accounting.keptReference[$0] } + rightNames.count { !accounting.keptVersion[$0] }
            + Int(has(.name)) * 2
        let nameCount = leftNames.count + rightNames.count
        func combined(_ weights: [Double]) -> Double { 1 - weights.reduce(1) { $0 * (1 - $1) } }
        let lostOrAdded = accounting.evidence.filter { $0.role != nil }.map(\.weight)
        let edits = accounting.evidence.filter { $0.replacementKind.map { $0 != .rolesSwapped } ?? false }.map(\.weight)
        var features = PairFeatures(
            characterGap: characterGap, referenceLoss: referenceLoss, candidateNovelty: candidateNovelty,
            reordering: pairs == 0 ? 0 : Double(discordant) / Double(pairs),
            brokenBigrams: bigrams == 0 ? 0 : Double(broken) / Double(bigrams),
            numberMismatch: has(.number), negationMismatch: has(.negation), modalityMismatch: has(.modality),
            nameMismatch: nameCount == 0 ? 0 : min(1, Double(unmatchedNames) / Double(nameCount)),
            lengthGap: abs(log(Double(reference.words.count + 1) / Double(version.words.count + 1))))
        features.unaccounted = combined(lostOrAdded)
        features.meaningEdits = combined(edits)
        features.rolesSwapped = has(.rolesSwapped)
        return features
    }

    /// The number of pairs out of order in `values` (a later value strictly smaller), by merge
    /// sort: O(n log n). Sorts `values`.
    static func inversions(_ values: inout [Int]) -> Int {
        guard values.count > 1 else { return 0 }
        var buffer = values
        var count = 0
        var width = 1
        while width < values.count {
            var start = 0
            while start < values.count {
                let middle = min(start + width, values.count)
                let end = min(start + 2 * width, values.count)
                var (i, j, k) = (start, middle, start)
                while i < middle && j < end {
                    if values[j] < values[i] {
                        count += middle - i
                        buffer[k] = values[j]
                        j += 1
                    } else {
                        buffer[k] = values[i]
                        i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = values[i]; i += 1; k += 1 }
                while j < end { buffer[k] = values[j]; j += 1; k += 1 }
                start = end
            }
            swap(&values, &buffer)
            width *= 2
        }
        return count
    }
}
