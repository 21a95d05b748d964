public import DriftText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads WordNet for the judge, or carries on without it after a warning.
public enum SharedWordNet {
    /// The WordNet database from `DRIFT_WORDNET` or Debian's default folder, or nil (after
    /// calling `warn` with the reason) when it is not installed; the judge then matches stems
    /// and names only.
    public static func load(warn: (any Error) -> Void) -> WordNet? {
        let directory = getenv("DRIFT_WORDNET").map { String(cString: $0) } ?? WordNet.defaultDirectory
        do {
            return try WordNet(directory: directory)
        } catch {
            warn(error)
            return nil
        }
    }
}
