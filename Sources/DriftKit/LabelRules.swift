/// The label of a judged pair from its evidence, first rule that holds; the learned drift
/// decides only where the evidence does not.
///
/// 1. `identical`: the same text;
/// 2. `changed`: a number, day, name, antonym, negation or hedge replaced;
/// 3. `garbled`: a word repeated within a clause or a mangled name;
/// 4. `changed`: any other evidence of a meaning edit (a pronoun of another person, another
///    tense, a question, swapped roles, a foreign word, or a content word lost or added where
///    the rest is accounted for: `JudgeOptions.decisiveUnaccounted`);
/// 5. `copyedit`: the same words save for case, punctuation and spelling slips;
/// 6. `changed` when the learned drift reaches the model's threshold, else `paraphrase`.
enum LabelRules {
    /// Replacements found by pairing words the matchers left over, which a rewording produces
    /// too: decisive, like lost and added words, only when little else is unaccounted.
    private static let pairedOnly: Set<ReplacementKind> = [.name, .foreignWord, .tense, .pronoun, .otherMeaning]

    /// The evidence that decides the label of a pair, if any: the evidence of a meaning edit;
    /// lost and added words and the replacements of `pairedOnly` only when at most
    /// `JudgeOptions.decisiveUnaccounted` content words are unaccounted for.
    static func decisive(_ evidence: [Evidence], options: JudgeOptions) -> [Evidence] {
        func isPaired(_ item: Evidence) -> Bool {
            item.replacementKind.map(pairedOnly.contains) ?? (item.role != nil)
        }
        let unaccounted = evidence.reduce(0) { total, item in
            switch item {
            case .lost(_, let role), .added(_, let role): total + (role == .function ? 0 : 1)
            case .reworded(let reference, let version): total + reference.count + version.count
            default: total + (isPaired(item) ? 1 : 0)
            }
        }
        return evidence.filter { item in
            guard item.changesMeaning else { return false }
            return !isPaired(item) || unaccounted <= options.decisiveUnaccounted
        }
    }

    /// The label.
    static func label(
        identical: Bool, decisive: [Evidence], garble: Bool, copyEdit: Bool, drift: Double, threshold: Double
    ) -> PairLabel {
        if identical { return .identical }
        if decisive.contains(where: { $0.replacementKind.map { $0.replacesFact || $0 == .modality } ?? false }) {
            return .changed
        }
        if garble { return .garbled }
        if !decisive.isEmpty { return .changed }
        if copyEdit { return .copyedit }
        return drift >= threshold ? .changed : .paraphrase
    }
}
