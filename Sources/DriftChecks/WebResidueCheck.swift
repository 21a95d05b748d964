/// Flags web page furniture left in the text (`Boilerplate`): it is reported, and the
/// comparison leaves it out of alignment and scores.
public struct WebResidueCheck: Check {
    public let id = CheckID.webResidue
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        Boilerplate.spans(in: context.document.segmented).map { span in
            Finding(
                check: id, category: .other, severity: .minor, span: span.span,
                message: "Web page residue (\(span.reason)): “\(context.document.text[span.span])”", suggestion: "",
                explanation: "Not article text; drift leaves it out of the alignment and the scores.")
        }
    }
}
