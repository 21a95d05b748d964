import DriftText

/// The tense of a sentence's verbs, compared across a pair: a matched verb in another form
/// ("said" → "says"), or auxiliaries of another tense ("was" → "is", "will" added).
enum Tense: Hashable {
    case past, present, future

    /// Auxiliaries and the tense each marks.
    private static let auxiliaries: [String: Tense] = [
        "was": .past, "were": .past, "had": .past, "did": .past,
        "is": .present, "are": .present, "am": .present, "has": .present, "have": .present, "does": .present, "do": .present,
        "will": .future, "shall": .future, "'ll": .future, "wo": .future,
    ]

    /// The tense of a verb form: past for "-ed" and irregular forms WordNet lists, present for
    /// a base or "-s" form WordNet knows, nil otherwise ("-ing", unknown words).
    private static func of(_ word: String, wordNet: WordNet?) -> Tense? {
        if let tense = auxiliaries[word] { return tense }
        guard let wordNet else { return word.hasSuffix("ed") ? .past : nil }
        if word.hasSuffix("ed") || wordNet.isIrregularVerbForm(word) { return .past }
        if word.hasSuffix("ing") { return nil }
        return wordNet.partOfSpeech(of: word) == .verb ? .present : nil
    }

    /// The change of tense between two sides, as the words that show it, if any.
    static func change(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord], matches: [(Int, Int)], wordNet: WordNet?
    ) -> (reference: String, version: String)? {
        // A matched verb in a form of another tense.
        for (i, j) in matches where left[i].role == .verb || right[j].role == .verb {
            let (a, b) = (left[i].lowercased, right[j].lowercased)
            guard a != b, let x = of(a, wordNet: wordNet), let y = of(b, wordNet: wordNet), x != y else { continue }
            return (left[i].features.text, right[j].features.text)
        }
        // Auxiliaries: a tense on one side only, and one on the other side only.
        let leftAux = reference.words.filter { auxiliaries[$0.lowercased] != nil }
        let rightAux = version.words.filter { auxiliaries[$0.lowercased] != nil }
        let leftTenses = Set(leftAux.compactMap { auxiliaries[$0.lowercased] })
        let rightTenses = Set(rightAux.compactMap { auxiliaries[$0.lowercased] })
        let onlyLeft = leftTenses.subtracting(rightTenses)
        let onlyRight = rightTenses.subtracting(leftTenses)
        if (!onlyLeft.isEmpty && !onlyRight.isEmpty) || leftTenses.contains(.future) != rightTenses.contains(.future) {
            let a = leftAux.first { onlyLeft.contains(auxiliaries[$0.lowercased]!) }?.features.text ?? ""
            let b = rightAux.first { onlyRight.contains(auxiliaries[$0.lowercased]!) }?.features.text ?? ""
            return (a, b)
        }
        return nil
    }
}
