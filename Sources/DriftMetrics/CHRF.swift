/// chrF (Popović, 2015) and chrF++ (with word n-grams) exactly as sacreBLEU 2.x computes them.
///
/// Statistics per segment: for each character order, then each word order, the triple
/// `[hypothesis n-grams, reference n-grams, matches]`. With several references the one with
/// the best F-score supplies the triples.
public struct CHRF: CorpusMetric, Hashable {
    public var characterOrder: Int
    /// 0 for chrF, 2 for chrF++.
    public var wordOrder: Int
    /// Weight of recall: F-beta.
    public var beta: Int
    public var lowercase: Bool
    /// Keep white space inside character n-grams.
    public var whitespace: Bool
    /// Smooth zero precisions with ε as chrF++.py does, instead of sacreBLEU's effective order.
    public var epsilonSmoothing: Bool

    public init(
        characterOrder: Int = 6, wordOrder: Int = 0, beta: Int = 2, lowercase: Bool = false,
        whitespace: Bool = false, epsilonSmoothing: Bool = false
    ) {
        self.characterOrder = characterOrder
        self.wordOrder = wordOrder
        self.beta = beta
        self.lowercase = lowercase
        self.whitespace = whitespace
        self.epsilonSmoothing = epsilonSmoothing
    }

    public var statisticsCount: Int { 3 * (characterOrder + wordOrder) }

    /// chrF's punctuation: ASCII `string.punctuation`.
    private static let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private struct Segment {
        var characters: [Int32]
        var words: [Int32]
    }

    public func statistics(hypothesis: String, references: [String]) -> [Double] {
        var codes = WordCodes()
        let texts = (references + [hypothesis]).map { text in
            let scalars = lowercase ? PythonText.lower(text.unicodeScalars) : Array(text.unicodeScalars)
            let kept = whitespace ? scalars : scalars.filter { !PythonText.isSpace($0) }
            return (
                characters: kept.map(\.value),
                words: wordOrder > 0 ? codes.codes(of: Self.wordsSplittingPunctuation(scalars)) : []
            )
        }
        var characters = NGramTable(expected: texts.reduce(0) { $0 + $1.characters.count } * characterOrder)
        var words = NGramTable(expected: texts.reduce(0) { $0 + $1.words.count } * max(wordOrder, 1))
        let segments = texts.map { text in
            Segment(
                characters: characters.ngrams(of: text.characters, maxOrder: characterOrder),
                words: words.ngrams(of: text.words, maxOrder: wordOrder))
        }
        let referenceSegments = segments.dropLast()
        let hypothesisSegment = segments[segments.count - 1]

        var characterCounter = OrderCounter(
            orders: characters.orders, maxOrder: characterOrder, hypothesis: hypothesisSegment.characters)
        var wordCounter = OrderCounter(orders: words.orders, maxOrder: wordOrder, hypothesis: hypothesisSegment.words)
        var best: [Double] = []
        var bestScore = -1.0
        for reference in referenceSegments {
            let statistics =
                characterCounter.statistics(against: reference.characters)
                + wordCounter.statistics(against: reference.words)
            let score = fScore(statistics)
            if score > bestScore {
                bestScore = score
                best = statistics
            }
        }
        return best.isEmpty ? [Double](repeating: 0, count: statisticsCount) : best
    }

    /// Words split on white space, with a leading or trailing punctuation mark split off
    /// (chrF++'s `_remove_punctuation`, which keeps the mark as a word).
    static func wordsSplittingPunctuation(_ scalars: [Unicode.Scalar]) -> [String] {
        var result: [String] = []
        for word in PythonText.split(scalars) {
            let characters = Array(word.unicodeScalars)
            if characters.count == 1 {
                result.append(word)
            } else if punctuation.contains(characters[characters.count - 1]) {
                result.append(String(String.UnicodeScalarView(characters.dropLast())))
                result.append(String(characters[characters.count - 1]))
            } else if punctuation.contains(characters[0]) {
                result.append(String(characters[0]))
                result.append(String(String.UnicodeScalarView(characters.dropFirst())))
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// sacreBLEU's `_compute_f_score`: the F-beta of precision and recall averaged over the
    /// orders that have n-grams on both sides.
    func fScore(_ statistics: [Double]) -> Double {
        let epsilon = 1e-16
        let factor = Double(beta * beta)
        var score = 0.0
        var effectiveOrder = 0
        var averagePrecision = 0.0
        var averageRecall = 0.0
        for order in 0..<(statistics.count / 3) {
            let hypothesis = statistics[3 * order]
            let reference = statistics[3 * order + 1]
            let matches = statistics[3 * order + 2]
            let precision = hypothesis > 0 ? matches / hypothesis : epsilon
            let recall = reference > 0 ? matches / reference : epsilon
            let denominator = factor * precision + recall
            score += denominator > 0 ? (1 + factor) * precision * recall / denominator : epsilon
            if hypothesis > 0, reference > 0 {
                averagePrecision += precision
                averageRecall += recall
                effectiveOrder += 1
            }
        }
        if epsilonSmoothing { return 100 * score / Double(characterOrder + wordOrder) }
        if effectiveOrder == 0 {
            averagePrecision = 0
            averageRecall = 0
        } else {
            averagePrecision /= Double(effectiveOrder)
            averageRecall /= Double(effectiveOrder)
        }
        guard averagePrecision + averageRecall != 0 else { return 0 }
        return 100 * ((1 + factor) * averagePrecision * averageRecall) / (factor * averagePrecision + averageRecall)
    }

    public func score(statistics: [Double]) -> CHRFScore {
        CHRFScore(
            name: "chrF\(beta)" + String(repeating: "+", count: wordOrder), score: fScore(statistics),
            characterOrder: characterOrder, wordOrder: wordOrder, beta: beta)
    }

    public func signature(referenceCount: Int) -> Signature {
        Signature(
            referenceCount: referenceCount,
            fields: [
                ("case", lowercase ? "lc" : "mixed"),
                ("eff", epsilonSmoothing ? "no" : "yes"),
                ("nc", String(characterOrder)),
                ("nw", String(wordOrder)),
                ("space", whitespace ? "yes" : "no"),
            ])
    }
}

/// Counts a hypothesis's n-grams once and matches them against each reference in turn.
private struct OrderCounter {
    private let orders: [UInt8]
    private let maxOrder: Int
    private let hypothesis: [Int32]
    private var hypothesisCount: [Int32]
    private var referenceCount: [Int32]
    private var hypothesisTotals: [Double]

    init(orders: [UInt8], maxOrder: Int, hypothesis: [Int32]) {
        self.orders = orders
        self.maxOrder = maxOrder
        self.hypothesis = hypothesis
        hypothesisCount = [Int32](repeating: 0, count: orders.count)
        referenceCount = [Int32](repeating: 0, count: orders.count)
        hypothesisTotals = [Double](repeating: 0, count: maxOrder)
        for id in hypothesis {
            hypothesisCount[Int(id)] += 1
            hypothesisTotals[Int(orders[Int(id)]) - 1] += 1
        }
    }

    /// `[hypothesis, reference, matches]` for each order, against one reference.
    mutating func statistics(against reference: [Int32]) -> [Double] {
        guard maxOrder > 0 else { return [] }
        var referenceTotals = [Double](repeating: 0, count: maxOrder)
        for id in reference {
            referenceCount[Int(id)] += 1
            referenceTotals[Int(orders[Int(id)]) - 1] += 1
        }
        var matches = [Double](repeating: 0, count: maxOrder)
        for id in hypothesis where hypothesisCount[Int(id)] > 0 {
            let order = Int(orders[Int(id)]) - 1
            matches[order] += Double(min(hypothesisCount[Int(id)], referenceCount[Int(id)]))
            // Count each distinct n-gram once: mark it visited by negating, restore below.
            hypothesisCount[Int(id)] = -hypothesisCount[Int(id)]
        }
        for id in hypothesis where hypothesisCount[Int(id)] < 0 { hypothesisCount[Int(id)] = -hypothesisCount[Int(id)] }
        for id in reference { referenceCount[Int(id)] = 0 }
        var result: [Double] = []
        result.reserveCapacity(3 * maxOrder)
        for order in 0..<maxOrder {
            result.append(referenceTotals[order] > 0 ? hypothesisTotals[order] : 0)
            result.append(referenceTotals[order])
            result.append(matches[order])
        }
        return result
    }
}
