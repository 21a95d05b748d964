/// The version of drift, as `drift --version` prints it and signatures record it.
public enum DriftVersion {
    public static let string = "0.1.0"
}
