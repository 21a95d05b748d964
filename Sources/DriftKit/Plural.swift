/// Counts with their noun in the right number, as every text for people writes them.
public enum Plural {
    /// `count` and `noun`, with an `s` unless the count is one: `1 sentence`, `11 sentences`.
    public static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) " + noun + (count == 1 ? "" : "s")
    }
}
