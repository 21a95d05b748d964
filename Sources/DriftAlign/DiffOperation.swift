/// A run of tokens and what happened to it, with scalar offsets on both sides.
public struct DiffOperation: Sendable, Hashable {
    /// What happened.
    public var kind: DiffKind
    /// For `substituted`, how the tokens relate; `identical` for `equal`; nil otherwise.
    public var relation: TokenRelation?
    /// The reference tokens' span, nil for `inserted`.
    public var reference: Range<Int>?
    /// The version tokens' span, nil for `deleted`.
    public var version: Range<Int>?

    public init(kind: DiffKind, relation: TokenRelation?, reference: Range<Int>?, version: Range<Int>?) {
        self.kind = kind
        self.relation = relation
        self.reference = reference
        self.version = version
    }
}
