import DriftAlign
import DriftText

/// Whether two content words mean the same, and how: one stem, one name, a close spelling of a
/// long word, or WordNet synonyms. A matcher compares the words of one sentence pair with
/// each other, looking each word's senses up once.
struct WordMatcher {
    /// The synonym database, or nil for stems, names and spellings only.
    let wordNet: WordNet?
    /// The senses of the words looked up so far.
    private var senses: [String: WordSenses] = [:]

    init(wordNet: WordNet?) { self.wordNet = wordNet }

    /// How `a` and `b` match, the closest kind, or nil.
    mutating func match(_ a: JudgedWord, _ b: JudgedWord) -> MatchKind? {
        let x = a.features
        let y = b.features
        if x.folded == y.folded || (x.kind == .word && y.kind == .word && x.stem == y.stem) { return .same }
        guard x.kind == .word && y.kind == .word else { return nil }
        if x.isCapitalized && y.isCapitalized && x.nameSkeleton == y.nameSkeleton { return .name }
        // A close spelling of a long word; names get a looser bar: "Anbar"/"Amber",
        // "Fouad"/"Huad" are one name mangled.
        let shorter = min(x.folded.count, y.folded.count)
        let names = x.isCapitalized && y.isCapitalized && shorter >= 4
        if shorter >= 5 || names {
            let bar = names ? 0.6 : 0.8
            // The lengths alone bound the similarity: the distance is at least their difference.
            let (m, n) = (x.folded.utf8.count, y.folded.utf8.count)
            if 1 - Double(max(m, n) - min(m, n)) / Double(max(m, n)) >= bar,
                WordDiffer.spellingSimilarity(x.folded, y.folded) >= bar
            {
                // Unless the two are words of opposite meaning ("increase"/"decrease").
                if let wordNet, wordNet.areAntonyms(senses(of: a, in: wordNet), senses(of: b, in: wordNet)) {
                    return nil
                }
                return .spelling
            }
        }
        guard let wordNet else { return nil }
        return wordNet.areSynonyms(senses(of: a, in: wordNet), senses(of: b, in: wordNet)) ? .synonym : nil
    }

    private mutating func senses(of word: JudgedWord, in wordNet: WordNet) -> WordSenses {
        if let known = senses[word.lowercased] { return known }
        let found = wordNet.senses(of: word.lowercased)
        senses[word.lowercased] = found
        return found
    }
}
