/// Runs checks and orders their findings as MQM does.
public struct Checker: Sendable {
    /// The checks run.
    public let checks: [any Check]

    /// Every check.
    public static let all: [any Check] = [
        WebResidueCheck(), QuoteAlteredCheck(), NameGarbledCheck(), NumberMismatchCheck(), NegationModalityCheck(),
        CapitalsLostCheck(), DuplicatedWordCheck(),
        RepetitionLoopCheck(), ForeignScriptCheck(), GluedWordsCheck(), GlossaryCheck(),
    ]

    /// Creates a checker; `referenceFree` keeps only the checks that need no reference.
    public init(referenceFree: Bool = false) {
        checks = referenceFree ? Self.all.filter { !$0.needsReference } : Self.all
    }

    /// The findings of every check, critical first, then major, then minor, each by position.
    public func findings(in context: CheckContext) -> [Finding] {
        checks.flatMap { check in
            check.needsReference && context.reference == nil ? [] : check.findings(in: context)
        }.sorted(by: Finding.mqmOrder)
    }
}
