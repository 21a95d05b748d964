/// Runs checks and orders their findings as MQM does.
public struct Checker: Sendable {
    /// The checks run.
    public let checks: [any Check]

    /// Every check.
    public static let all: [any Check] = [
        WebResidueCheck(), QuoteAlteredCheck(), NameGarbledCheck(), NumberMismatchCheck(), NegationModalityCheck(),
        CapitalsLostCheck(), DuplicatedWordCheck(),
        RepetitionLoopCheck(), ForeignScriptCheck(), GluedWordsCheck(), GlossaryCheck(), NameInconsistencyCheck(),
    ]

    /// Creates a checker; `referenceFree` keeps only the checks that need no reference.
    public init(referenceFree: Bool = false) {
        checks = referenceFree ? Self.all.filter { !$0.needsReference } : Self.all
    }

    /// The findings of every check, critical first, then major, then minor, each by position.
    /// Two checks that propose the same replacement for the same words make one finding, the
    /// first check's ("Shea" is both a garbled "Shia" and the document's other spelling of it).
    public func findings(in context: CheckContext) -> [Finding] {
        var proposed: Set<ProposedFix> = []
        return checks.flatMap { check in
            check.needsReference && context.reference == nil ? [] : check.findings(in: context)
        }.filter { finding in
            finding.suggestion.map { proposed.insert(ProposedFix(span: finding.span, replacement: $0)).inserted }
                ?? true
        }.sorted(by: Finding.mqmOrder)
    }

    /// A replacement proposed for a span.
    private struct ProposedFix: Hashable {
        var span: Range<Int>
        var replacement: String
    }
}
