import DriftChecks
public import DriftKit

/// The error points of a version and the findings behind them, by severity.
public struct ErrorsRecord: Codable, Sendable, Equatable {
    /// minor 1, major 5, critical 10 each.
    public var points: Int
    /// The version's words, the score's denominator.
    public var words: Int
    public var minor: Int
    public var major: Int
    public var critical: Int

    /// The record of an error score.
    public init(_ errors: ErrorScore) {
        points = errors.points
        words = errors.words
        minor = errors.counts[.minor] ?? 0
        major = errors.counts[.major] ?? 0
        critical = errors.counts[.critical] ?? 0
    }
}
