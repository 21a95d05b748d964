#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import DriftText

/// Loads WordNet for the judge, or carries on without it after a warning.
public enum SharedWordNet {
    /// The WordNet database from `DRIFT_WORDNET` or Debian's default folder, or nil (after
    /// calling `warn`) when it is not installed.
    public static func load(warn: (String) -> Void) -> WordNet? {
        let directory = getenv("DRIFT_WORDNET").map { String(cString: $0) } ?? WordNet.defaultDirectory
        do {
            return try WordNet(directory: directory)
        } catch {
            warn("\(error); matching stems and names only")
            return nil
        }
    }
}
