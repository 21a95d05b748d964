/// How a reference word and a version word are accounted for as one, from closest to
/// farthest.
public enum MatchKind: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// The same word, save for case and accents, or the same stem.
    case same
    /// The same quantity written otherwise ("4.2 million", "4,200,000").
    case quantity
    /// One name in another transliteration ("Rifai"/"Rufaji").
    case name
    /// A close spelling of a long word (a slip, a regional spelling, a mangled name).
    case spelling
    /// WordNet synonyms ("resigned"/"quit").
    case synonym

    public static func < (a: MatchKind, b: MatchKind) -> Bool { a.rawValue < b.rawValue }
}
