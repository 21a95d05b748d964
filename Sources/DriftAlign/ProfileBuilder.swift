import DriftText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the `SentenceProfile`s of two texts with one IDF table for both, as
/// `SimilarityModel` describes.
struct ProfileBuilder {
    let normalizer: Normalizer

    /// The profiles of every sentence of both texts.
    func profiles(
        _ reference: SegmentedText, _ referenceTokens: [TokenFeatures],
        _ version: SegmentedText, _ versionTokens: [TokenFeatures]
    ) -> (reference: [SentenceProfile], version: [SentenceProfile]) {
        let referenceWords = wordKeys(reference, referenceTokens)
        let versionWords = wordKeys(version, versionTokens)
        var documentFrequency: [UInt32: Int] = [:]
        for keys in referenceWords + versionWords {
            for key in Set(keys) { documentFrequency[key, default: 0] += 1 }
        }
        let sentenceCount = Float(referenceWords.count + versionWords.count)
        let idf: (UInt32) -> Float = { key in
            log(1 + sentenceCount / Float(documentFrequency[key] ?? 1))
        }
        func build(_ text: SegmentedText, _ words: [[UInt32]]) -> [SentenceProfile] {
            text.sentences.indices.map { index in
                let (trigrams, length) = trigramKeys(text.string(ofSentence: index))
                return SentenceProfile(
                    trigrams: FeatureBag(trigrams), words: FeatureBag(words[index], weight: idf), length: length)
            }
        }
        return (build(reference, referenceWords), build(version, versionWords))
    }

    /// Stems of words, skeletons of capitalised words and numbers, per sentence.
    private func wordKeys(_ text: SegmentedText, _ tokens: [TokenFeatures]) -> [[UInt32]] {
        text.sentenceTokens.map { range in
            var keys: [UInt32] = []
            for features in tokens[range] {
                switch features.kind {
                case .word:
                    keys.append(FeatureHash.hash(features.stem, in: .stem))
                    if features.isCapitalized { keys.append(FeatureHash.hash(features.nameSkeleton, in: .name)) }
                case .number:
                    keys.append(FeatureHash.hash(features.folded, in: .number))
                case .punctuation, .symbol:
                    break
                }
            }
            return keys
        }
    }

    /// Character trigrams of the case-folded letters and digits, words joined by one space and
    /// padded with a space on both ends, and the number of letters and digits.
    private func trigramKeys(_ sentence: String) -> (keys: [UInt32], length: Int) {
        var units: [UInt32] = [0x20]
        var length = 0
        for scalar in normalizer.normalize(sentence).unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                units.append(scalar.value)
                length += 1
            } else if units.last != 0x20 {
                units.append(0x20)
            }
        }
        if units.last != 0x20 { units.append(0x20) }
        guard units.count >= 3 else { return ([], length) }
        var keys: [UInt32] = []
        keys.reserveCapacity(units.count - 2)
        for i in 0..<(units.count - 2) {
            keys.append(FeatureHash.hash(units[i], units[i + 1], units[i + 2]))
        }
        return (keys, length)
    }
}
