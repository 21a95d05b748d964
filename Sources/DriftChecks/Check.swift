/// One editorial check: reads a `CheckContext`, returns what an editor should fix.
public protocol Check: Sendable {
    /// The check's id.
    var id: CheckID { get }
    /// Whether the check needs a reference (and so is skipped by `drift check`).
    var needsReference: Bool { get }
    /// The findings, in any order.
    func findings(in context: CheckContext) -> [Finding]
}
