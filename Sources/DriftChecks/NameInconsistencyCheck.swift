import DriftAlign
import DriftText

/// Flags a name spelt two ways within one document: "Jansson" in one paragraph, "Jansen" in the
/// next (Xbench calls it an inconsistency). Two capitalised words are spellings of one name when
/// they share their consonant skeleton (`NameKey`) and differ in at most two letters; the
/// spelling the reference uses (when there is one and it uses one of them), else the one the
/// document uses most (the first on a tie), is taken for the right one, and every other
/// occurrence is flagged, minor, with it as the suggestion.
///
/// A name among other names that no occurrence of the usual spelling has beside it ("Anna
/// Berg" and "Carl Borg", "Asaad Hassan" and "Bashar al-Assad") names another person and is
/// left alone, as is a bare name where the usual spelling only ever stands among other names. Not run on a language that capitalises its
/// nouns (German). Words that open a sentence, words in capitals (acronyms), function words and words of fewer
/// than four letters are left alone, as are words that only end otherwise (an inflection, a
/// possessive: "Iraq’s" and "Iraqis" are not two spellings).
public struct NameInconsistencyCheck: Check {
    public let id = CheckID.nameInconsistency
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        // Where every noun has a capital, a capital marks no name: "Uhren" and "Ohren" are words.
        guard !context.lexicon.capitalizesNouns else { return [] }
        let document = context.document
        let index = TokenIndex(document)
        var spellings: [String: [String: [Int]]] = [:]
        for (token, features) in document.features.enumerated()
        where features.kind == .word && features.isCapitalized && features.folded.count >= 4
            && features.text.contains(where: \.isLowercase) && !index.startsSentence(token)
            && !context.lexicon.functionWords.contains(features.folded)
        {
            spellings[features.nameSkeleton, default: [:]][
                Self.withoutPossessive(features.text.lowercased()), default: []
            ].append(
                token)
        }
        var findings: [Finding] = []
        for (_, forms) in spellings where forms.count > 1 {
            // The reference's spelling when it uses exactly one of them, else the most frequent.
            let known = forms.keys.filter { context.reference?.vocabulary.contains($0) ?? false }
            let ranked = forms.sorted {
                (known == [$0.key] ? 1 : 0, $0.value.count, -$0.value[0]) > (
                    known == [$1.key] ? 1 : 0, $1.value.count, -$1.value[0]
                )
            }
            let (usual, usualTokens) = ranked[0]
            for (form, tokens) in ranked.dropFirst() where Self.spellsAlike(form, usual) {
                let preferred = document.features[usualTokens[0]].text
                let usualNeighbours = usualTokens.map { Self.neighbours(of: $0, in: document, index) }
                for token in tokens {
                    // "Anna Berg" and "Carl Borg", "Asaad Hassan" and "Bashar al-Assad" are other
                    // people: a name among other names that no occurrence of the usual spelling
                    // has beside it is no variant, nor is a bare name where the usual spelling
                    // only ever stands among other names.
                    let neighbours = Self.neighbours(of: token, in: document, index)
                    if neighbours.isEmpty
                        ? usualNeighbours.allSatisfy({ !$0.isEmpty })
                        : usualNeighbours.allSatisfy({ $0.isDisjoint(with: neighbours) })
                    {
                        continue
                    }
                    findings.append(
                        Finding(
                            check: id, category: .spelling, severity: .minor,
                            span: document.segmented.tokens[token].range,
                            message:
                                "“\(document.features[token].text)” is spelt “\(preferred)” elsewhere in the text "
                                + "(\(usualTokens.count)×)",
                            suggestion: preferred))
                }
            }
        }
        return findings.sorted(by: Finding.mqmOrder)
    }

    /// The capitalised words right before and after `token` in its sentence, folded: the
    /// other names of the person it names.
    private static func neighbours(of token: Int, in document: CheckedText, _ index: TokenIndex) -> Set<String> {
        var names: Set<String> = []
        if token > 0, !index.startsSentence(token), document.features[token - 1].kind == .word,
            document.features[token - 1].isCapitalized
        {
            names.insert(document.features[token - 1].folded)
        }
        if token + 1 < document.features.count, !index.startsSentence(token + 1),
            document.features[token + 1].kind == .word, document.features[token + 1].isCapitalized
        {
            names.insert(document.features[token + 1].folded)
        }
        return names
    }

    /// A lower-cased word without its possessive ending: "iraq’s" is "iraq".
    private static func withoutPossessive(_ word: String) -> String {
        for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] where word.hasSuffix(ending) && word.count > ending.count {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Whether two lower-cased words are one name spelt two ways: at most two edits apart,
    /// their lengths at most one apart, their first and last letters the same, and neither the other
    /// with an ending added ("Iraq"/"Iraqi", "Syria"/"Syrian"): so "Mohamed"/"Mohammed" and
    /// "Assad"/"Asaad" are, and German nouns that differ in their ending ("Nutzung"/"Nutzen",
    /// "Männer"/"Mann") are not.
    private static func spellsAlike(_ a: String, _ b: String) -> Bool {
        !a.hasPrefix(b) && !b.hasPrefix(a) && abs(a.count - b.count) <= 1 && a.first == b.first && a.last == b.last
            && WordDiffer.editDistance(Array(a), Array(b)) <= 2
    }
}
