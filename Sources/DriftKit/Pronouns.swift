import DriftText

/// Personal pronouns by person, gender and number (English): a pronoun of the other gender
/// ("he" → "she") or of another person in the singular ("I" → "he") is another person.
/// Rewordings change "it", "they" and "you" freely ("it" → "him", "thou" → "it"), so those
/// count only against each other's gender or person where that is unambiguous.
enum Pronouns {
    /// The class of each pronoun: person, then gender for the third person singular.
    private static let classes: [String: String] = Dictionary(
        Lexicon.english.pronouns.flatMap { class_, words in words.map { ($0, class_) } }, uniquingKeysWith: { $1 })

    /// The classes that name one person: a change among them is another person.
    private static let personal = Lexicon.english.singlePersonPronouns

    /// A subject pronoun of the reference that the version has fewer of while it has no more
    /// of any pronoun ("I think" → "Think"): who acts is lost.
    static func dropped(_ reference: [String], _ version: [String]) -> String? {
        let subjects = Lexicon.english.subjectPronouns
        var balance: [String: Int] = [:]
        for word in reference where classes[word] != nil { balance[word, default: 0] += 1 }
        for word in version where classes[word] != nil { balance[word, default: 0] -= 1 }
        guard !balance.values.contains(where: { $0 < 0 }) else { return nil }
        return reference.first { subjects.contains($0) && balance[$0, default: 0] > 0 }
    }

    /// Whether a lower-case word is a personal pronoun.
    static func isPronoun(_ word: String) -> Bool {
        classes[word] != nil
    }

    /// A pronoun class the version uses less often than the reference, while it uses another
    /// more often: the first pronoun of each, in lower case.
    static func replacement(_ reference: [String], _ version: [String]) -> (reference: String, version: String)? {
        let left = reference.filter { personal.contains(classes[$0] ?? "") }
        let right = version.filter { personal.contains(classes[$0] ?? "") }
        var balance: [String: Int] = [:]
        for word in left { balance[classes[word]!, default: 0] += 1 }
        for word in right { balance[classes[word]!, default: 0] -= 1 }
        guard let lost = left.first(where: { balance[classes[$0]!]! > 0 }),
            let gained = right.first(where: { balance[classes[$0]!]! < 0 })
        else { return nil }
        return (lost, gained)
    }
}
