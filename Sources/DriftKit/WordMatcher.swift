import DriftAlign
import DriftText

/// Whether two content words mean the same, and how: one stem, one name, a close spelling of a
/// long word, or WordNet synonyms.
struct WordMatcher {
    /// The synonym database, or nil for stems, names and spellings only.
    let wordNet: WordNet?

    /// How `a` and `b` match, the closest kind, or nil.
    func match(_ a: JudgedWord, _ b: JudgedWord) -> MatchKind? {
        let x = a.features
        let y = b.features
        if x.folded == y.folded || (x.kind == .word && y.kind == .word && x.stem == y.stem) { return .same }
        guard x.kind == .word && y.kind == .word else { return nil }
        if x.isCapitalized && y.isCapitalized && x.nameSkeleton == y.nameSkeleton { return .name }
        let shorter = min(x.folded.count, y.folded.count)
        let similarity = WordDiffer.spellingSimilarity(x.folded, y.folded)
        // Names get a looser bar: "Anbar"/"Amber", "Fouad"/"Huad" are one name mangled.
        if (shorter >= 5 && similarity >= 0.8)
            || (x.isCapitalized && y.isCapitalized && shorter >= 4 && similarity >= 0.6)
        {
            // Unless the two are words of opposite meaning ("increase"/"decrease").
            if wordNet?.areAntonyms(a.lowercased, b.lowercased) == true { return nil }
            return .spelling
        }
        return wordNet?.areSynonyms(a.lowercased, b.lowercased) == true ? .synonym : nil
    }
}
