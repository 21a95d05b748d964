/// Words in one of the other versions given as witnesses.
public struct WitnessSpan: Sendable, Hashable {
    /// The witness's index in `CheckContext.witnesses`.
    public var witness: Int
    /// Unicode scalar offsets in that witness, `[start, end)`.
    public var span: Range<Int>

    public init(witness: Int, span: Range<Int>) {
        self.witness = witness
        self.span = span
    }
}
