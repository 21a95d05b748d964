import DriftAlign
import DriftChecks
import DriftText

/// Findings against the wording the versions agree on, in the sentences the reference lacks: a
/// number, a name or a negation that one version gives otherwise than at least two other
/// versions that word the sentence alike. The finding cites them as witnesses ("2 of 3 other
/// versions have …"). Another transliteration of a name is minor and says so; another name, a
/// number or a negation is major.
///
/// Only versions worded alike (at least half of their words the consensus's, and the reverse)
/// count: where versions paraphrase a sentence each their own way, no word of one is a
/// deviation from the others.
enum ConsensusCheck {
    /// The findings of document `document` of `collation`; `witnesses` maps the documents that
    /// may bear witness (other versions, each text once) to their index among the comparison's
    /// witnesses.
    static func findings(
        of document: Int, in collation: Collation, witnesses: [Int: Int], lexicon: Lexicon = .english
    ) -> [Finding] {
        var findings: [Finding] = []
        let text = collation.texts[document].text
        for (index, group) in collation.groups.enumerated()
        where group.members[collation.pivot].isEmpty && !group.members[document].isEmpty && !group.diffs.isEmpty {
            let others = witnesses.keys.filter { !group.members[$0].isEmpty }.sorted()
            let alike = others.filter { WordAgreement.wordedAlike(group.diffs[$0]) }
            guard alike.count >= 2, WordAgreement.wordedAlike(group.diffs[document]) else { continue }
            let consensus = Text(group.consensus)
            for operation in group.diffs[document] where WordAgreement.changesWords(operation) {
                let theirs = operation.reference.map { consensus[$0] } ?? ""
                let mine = operation.version.map { text[$0] } ?? ""
                guard let kind = Deviation(mine: mine, theirs: theirs, relation: operation.relation, lexicon: lexicon)
                else { continue }
                let agreeing = alike.filter { other in
                    supports(group.diffs[other], collation.text(of: other, in: index) ?? "", operation, inserted: mine)
                }
                guard agreeing.count >= 2 else { continue }
                let span =
                    operation.version ?? collation.texts[document].span(ofSentences: group.members[document]) ?? 0..<0
                let cited = agreeing.compactMap { other in
                    collation.texts[other].span(ofSentences: group.members[other]).map {
                        WitnessSpan(witness: witnesses[other]!, span: $0)
                    }
                }
                let share = "\(agreeing.count) of \(others.count) other versions"
                findings.append(
                    Finding(
                        check: .consensus, category: .mistranslation, severity: kind.severity, span: span,
                        witnesses: cited, message: kind.message(mine: mine, theirs: theirs, share: share),
                        suggestion: theirs,
                        explanation: "The reference lacks this sentence; the versions that have it are the witnesses."))
            }
        }
        return findings
    }

    /// What kind of deviation a changed run of words is, if it is one the check reports.
    private enum Deviation {
        case number, negationAdded, negationLost, transliteration, name

        init?(mine: String, theirs: String, relation: TokenRelation?, lexicon: Lexicon) {
            let (mineWords, theirWords) = (ConsensusCheck.words(mine), ConsensusCheck.words(theirs))
            if (mine + theirs).contains(where: \.isNumber) {
                self = .number
            } else if mineWords.contains(where: lexicon.isNegation) != theirWords.contains(where: lexicon.isNegation) {
                self = mineWords.contains(where: lexicon.isNegation) ? .negationAdded : .negationLost
            } else if Self.isName(mine), Self.isName(theirs) {
                self = relation == .name ? .transliteration : .name
            } else {
                return nil
            }
        }

        /// Capitalised words, each of them.
        private static func isName(_ text: String) -> Bool {
            let words = text.split(separator: " ")
            return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase ?? false }
        }

        var severity: Severity { self == .transliteration ? .minor : .major }

        func message(mine: String, theirs: String, share: String) -> String {
            switch self {
            case .number, .name: "“\(mine)” where \(share) have “\(theirs)”"
            case .negationAdded: "“\(mine)” added: \(share) say it without"
            case .negationLost: "“\(theirs)” left out: \(share) have it"
            case .transliteration: "“\(mine)” is another transliteration of “\(theirs)”, which \(share) use"
            }
        }
    }

    /// Whether another version, whose diff against the consensus is `diff` and whose sentences
    /// read `text`, has the consensus's words where `operation` changes them: no change of its
    /// own touches them; for words `operation` inserts (`inserted`), it has none of them.
    private static func supports(_ diff: [DiffOperation], _ text: String, _ operation: DiffOperation, inserted: String)
        -> Bool
    {
        guard let words = operation.reference else {
            let own = Set(Self.words(text))
            return Self.words(inserted).allSatisfy { !own.contains($0) }
        }
        return !diff.contains { change in
            WordAgreement.changesWords(change) && (change.reference?.overlaps(words) ?? false)
        }
    }

    /// The lower-cased words of a text.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
    }
}
