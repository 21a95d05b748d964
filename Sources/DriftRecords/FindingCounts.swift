/// How many findings of each severity a version has.
public struct FindingCounts: Codable, Sendable, Equatable {
    public var critical: Int
    public var major: Int
    public var minor: Int

    public init(critical: Int, major: Int, minor: Int) {
        self.critical = critical
        self.major = major
        self.minor = minor
    }

    init(_ errors: ErrorsRecord?) {
        self.init(critical: errors?.critical ?? 0, major: errors?.major ?? 0, minor: errors?.minor ?? 0)
    }
}
