import DriftChecks

/// An MQM-style error score of a version: error points per 100 words, 0 when clean.
///
/// Points follow the MQM convention: a minor error 1, a major 5, a critical 10. Every finding
/// counts at its severity; a `changed` or `garbled` link that no finding overlaps counts too,
/// as a major error when evidence of a meaning edit decided its label and as a minor one when
/// only the learned score or a garble cue did. Added and omitted sentences count no points
/// (coverage and additions show them).
public struct ErrorScore: Sendable, Hashable {
    /// The error points.
    public var points: Int
    /// The words (word and number tokens) of the version.
    public var words: Int
    /// The errors by severity.
    public var counts: [Severity: Int]

    /// Points per 100 words of the version.
    public var score: Double { words == 0 ? 0 : Double(points) * 100 / Double(words) }

    /// The points of an error of a severity: minor 1, major 5, critical 10.
    public static func points(_ severity: Severity) -> Int {
        switch severity {
        case .minor: 1
        case .major: 5
        case .critical: 10
        }
    }

    /// The score of a version from its findings and judged links.
    public init(findings: [Finding], links: [JudgedLink], words: Int) {
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        for link in links where link.label == .changed || link.label == .garbled {
            guard let span = link.link.versionSpan, !findings.contains(where: { $0.span.overlaps(span) }) else {
                continue
            }
            counts[link.decided ? .major : .minor, default: 0] += 1
        }
        self.counts = counts
        self.points = counts.reduce(0) { $0 + Self.points($1.key) * $1.value }
        self.words = words
    }
}
