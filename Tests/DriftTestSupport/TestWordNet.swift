public import DriftText

/// The WordNet database loaded once for every suite (a debug build takes seconds to load it),
/// or nil when it is not installed.
public enum TestWordNet {
    public static let shared: WordNet? = try? WordNet()
}
