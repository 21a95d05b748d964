/// How a reference token relates to the version token that replaced it, from closest to
/// farthest.
public enum TokenRelation: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Character for character the same.
    case identical
    /// The same once case, compatibility forms, diacritics, curly quotes and dashes are
    /// ignored: "PEACE"/"Peace", "Rifaï"/"Rifai", "2,000"/"2000".
    case folded
    /// Another form of the same word: "ruled"/"rules".
    case stem
    /// Another spelling of the same name: "Mohammed"/"Muhammad".
    case name
    /// A close spelling, as a typo or a garbled name: "Anbar"/"Amber".
    case spelling
    /// Different words.
    case unrelated

    public static func < (lhs: TokenRelation, rhs: TokenRelation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
