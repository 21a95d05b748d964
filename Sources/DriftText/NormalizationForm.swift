/// A Unicode normalization form (UAX #15), plus ICU's NFKC with case folding.
public enum NormalizationForm: String, Sendable, CaseIterable {
    case nfc, nfd, nfkc, nfkd
    /// NFKC, then full case folding and removal of default-ignorable characters
    /// (Unicode's `NFKC_Casefold`): the usual key for comparing words.
    case nfkcCasefold
}
