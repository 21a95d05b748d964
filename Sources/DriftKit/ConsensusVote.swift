import DriftAlign
import DriftText

/// The wording most of a group's sentences agree on, word by word: each sentence's word diff
/// against a backbone (the pivot's sentence) votes for keeping, replacing or dropping each word
/// of the backbone, and for words to insert between them. A backbone word is replaced or
/// dropped, and words are inserted, only where more than half of the sentences agree on it, so
/// that versions which reword a sentence each their own way leave the backbone's wording as it
/// is. A word that differs only in case or typographic style votes for the backbone's.
///
/// Only sentences that are the backbone's sentence, worded alike, vote: those that share at
/// least half of their words and of the backbone's. A paraphrase has no word to offer in any
/// place, and many paraphrases would otherwise outvote the words they each replace otherwise.
struct ConsensusVote {
    private enum Choice: Hashable {
        case keep
        case replace(String)
        case drop

        /// Orders changes of equal votes: dropping first, then replacements by their text.
        var rank: String {
            switch self {
            case .keep: ""
            case .drop: "\u{1}"
            case .replace(let words): "\u{2}" + words
            }
        }
    }

    private let tokens: [Token]
    private let text: Text
    private var choices: [[Choice: Int]]
    private var insertions: [[String: Int]]
    private var voters = 1

    /// Starts the vote with the backbone's tokens, which vote to keep themselves.
    init(backbone tokens: [Token], in text: Text) {
        self.tokens = tokens
        self.text = text
        choices = tokens.map { _ in [.keep: 1] }
        insertions = Array(repeating: [:], count: tokens.count + 1)
    }

    /// Counts the votes of a sentence whose word diff against the backbone is `diff`, when it
    /// is worded alike (`WordAgreement.wordedAlike`); `member` is the text its `version`
    /// ranges point into.
    mutating func add(_ diff: [DiffOperation], in member: Text) {
        guard WordAgreement.wordedAlike(diff) else { return }
        voters += 1
        var next = 0
        for operation in diff {
            let covered =
                operation.reference.map { range in tokens.indices.filter { range.contains(tokens[$0].range.lowerBound) }
                }
                ?? []
            switch operation.kind {
            case _ where !WordAgreement.changesWords(operation):
                for index in covered { choices[index][.keep, default: 0] += 1 }
            case .equal: break
            case .substituted:
                let words = operation.version.map { member[$0] } ?? ""
                for (offset, index) in covered.enumerated() {
                    choices[index][offset == 0 ? .replace(words) : .drop, default: 0] += 1
                }
            case .deleted:
                for index in covered { choices[index][.drop, default: 0] += 1 }
            case .inserted:
                if let range = operation.version { insertions[next][member[range], default: 0] += 1 }
            }
            if let last = covered.last { next = last + 1 }
        }
    }

    /// The consensus wording: the backbone's text with each word as most sentences have it.
    var wording: String {
        var output = ""
        var cursor = tokens.first?.range.lowerBound ?? 0
        func insert(at gap: Int) {
            let ranked = insertions[gap].sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            guard let (words, count) = ranked.first, 2 * count > voters else { return }
            output += output.isEmpty ? words + " " : " " + words
        }
        for (index, token) in tokens.enumerated() {
            insert(at: index)
            let before = text[cursor..<token.range.lowerBound]
            switch decision(index) {
            case .keep: output += before + text[token.range]
            case .replace(let words): output += before + words
            case .drop: break
            }
            cursor = token.range.upperBound
        }
        insert(at: tokens.count)
        return String(output.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The change most sentences make to backbone token `index`, when more than half of them
    /// make it; else keeping it.
    private func decision(_ index: Int) -> Choice {
        let best = choices[index].filter { $0.key != .keep }.min { ($1.value, $0.key.rank) < ($0.value, $1.key.rank) }
        guard let best, 2 * best.value > voters else { return .keep }
        return best.key
    }
}
