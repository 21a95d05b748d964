import DriftChecks
import DriftText

/// The tense of a sentence's verbs, compared across a pair: a matched verb in another form
/// ("said" → "says"), or auxiliaries of another tense ("was" → "is", "will" added).
enum Tense: Hashable {
    case past, present, future

    /// Auxiliaries and the tense each marks ("do" and "does" are left out: they come with
    /// negations and questions, "make not" → "don't make").
    private static let auxiliaries: [String: Tense] = {
        let lexicon = Lexicon.english
        var table: [String: Tense] = [:]
        for (words, tense) in [
            (lexicon.pastAuxiliaries, Tense.past), (lexicon.presentAuxiliaries, .present),
            (lexicon.futureAuxiliaries, .future),
        ] {
            for word in words { table[word] = tense }
        }
        // Contracted negations: "isn't", "won't".
        for (word, tense) in table where word.count > 2 { table[word + "n't"] = tense }
        table["won't"] = .future
        return table
    }()

    /// The auxiliary's tense, with typographic apostrophes read as straight ones.
    private static func auxiliary(_ word: String) -> Tense? {
        auxiliaries[word.contains("’") ? word.replacing("’", with: "'") : word]
    }

    /// Auxiliaries of the perfect: "has shown" tells of the past as "showed" does.
    private static let perfect = Lexicon.english.perfectAuxiliaries

    /// The tense of the verb at `index` among a side's words: the tense of an auxiliary up to
    /// two words before it ("had come", "will say"), else past for "-ed" and irregular forms
    /// WordNet lists, present for a base or "-s" form WordNet knows, nil otherwise ("-ing",
    /// unknown words, a modal before it).
    private static func of(_ index: Int, in words: [JudgedWord], wordNet: WordNet?) -> Tense? {
        for before in words[max(0, index - 2)..<index].reversed() {
            if perfect.contains(before.lowercased) { return .past }
            if let tense = auxiliary(before.lowercased) { return tense }
            if Lexicon.english.modality[before.lowercased] != nil || modals.contains(before.lowercased) { return nil }
        }
        let word = words[index].lowercased
        if word.hasSuffix("ing") { return nil }
        guard let wordNet else { return word.hasSuffix("ed") ? .past : nil }
        if word.hasSuffix("ed") || wordNet.isIrregularVerbForm(word) { return .past }
        return wordNet.canBeVerb(word) ? .present : nil
    }

    /// Modal verbs, which leave the tense to the context.
    private static let modals = Lexicon.english.modalVerbs

    /// The change of tense between two sides, as the words that show it, if any.
    static func change(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord], matches: [(Int, Int)],
        wordNet: WordNet?
    ) -> (reference: String, version: String)? {
        // A matched verb in a form of another tense.
        let leftIndex = Dictionary(
            reference.words.indices.map { (reference.words[$0].token, $0) }, uniquingKeysWith: { a, _ in a })
        let rightIndex = Dictionary(
            version.words.indices.map { (version.words[$0].token, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, j) in matches where left[i].role == .verb || right[j].role == .verb {
            // The same verb: one stem, or one base form ("sees"/"saw"), not a synonym ("begat"/"father").
            let sameVerb =
                left[i].features.stem == right[j].features.stem
                || (wordNet.map {
                    !Set($0.lemmas(of: left[i].lowercased)).isDisjoint(with: $0.lemmas(of: right[j].lowercased))
                } ?? false)
            guard sameVerb, let a = leftIndex[left[i].token], let b = rightIndex[right[j].token],
                left[i].lowercased != right[j].lowercased,
                let x = of(a, in: reference.words, wordNet: wordNet),
                let y = of(b, in: version.words, wordNet: wordNet), x != y
            else { continue }
            return (left[i].features.text, right[j].features.text)
        }
        // Auxiliaries: the version has fewer of one tense and more of another.
        let leftAux = reference.words.filter { auxiliary($0.lowercased) != nil }
        let rightAux = version.words.filter { auxiliary($0.lowercased) != nil }
        var balance: [Tense: Int] = [:]
        for word in leftAux { balance[auxiliary(word.lowercased)!, default: 0] += 1 }
        for word in rightAux { balance[auxiliary(word.lowercased)!, default: 0] -= 1 }
        if let fewer = leftAux.first(where: { balance[auxiliary($0.lowercased)!]! > 0 }),
            let more = rightAux.first(where: { balance[auxiliary($0.lowercased)!]! < 0 })
        {
            return (fewer.features.text, more.features.text)
        }
        return nil
    }
}
