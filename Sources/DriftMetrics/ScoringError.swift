/// Why a scoring job cannot run.
public enum ScoringError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A hypothesis file and a reference file have different numbers of lines.
    case lineCountMismatch(hypothesis: String, hypothesisLines: Int, reference: String, referenceLines: Int)
    /// No reference was given.
    case noReference
    /// Paired tests need a baseline and at least one more system.
    case pairedTestNeedsTwoSystems
    /// Confidence intervals are for one system; several need a paired test.
    case confidenceNeedsOneSystem

    public var description: String {
        switch self {
        case .lineCountMismatch(let hypothesis, let hypothesisLines, let reference, let referenceLines):
            "\(hypothesis) has \(hypothesisLines) lines but the reference \(reference) has \(referenceLines); "
                + "hypotheses and references must correspond line by line"
        case .noReference:
            "no reference given; pass one or more with --ref"
        case .pairedTestNeedsTwoSystems:
            "a paired test needs a baseline and at least one more system: pass two or more hypothesis files"
        case .confidenceNeedsOneSystem:
            "--confidence is for one system; compare several with --paired-bs"
        }
    }
}
