/// The machine-translation metrics drift computes exactly as sacreBLEU does.
public enum Metric: String, Sendable, Hashable, CaseIterable {
    case bleu
    case chrf
    /// chrF with word bigrams (word order 2).
    case chrfPlusPlus = "chrf++"
    case ter
}
