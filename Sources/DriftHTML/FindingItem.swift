import DriftChecks

/// An entry of the findings list.
struct FindingItem: Encodable {
    /// `f12`.
    let id: String
    let number: Int
    let severity: Severity
    let check: CheckID
    let category: Category
    /// The document the finding is in.
    let path: String
    /// The value of the version filter: the version section's id, or `r1` for a reference.
    let document: String
    let line: Int
    let excerpt: String
    let message: String
    /// The replacement text, when there is one and it is not empty.
    let suggestion: String?
    /// Whether the suggestion is to delete the excerpt.
    let deletes: Bool
    let explanation: String?
    let reference: String?
    let witnesses: [LabelledValue]
    /// `#s1-collation-g3`, the finding's group in the collation view, when there is one.
    let group: String?
    /// `#m12`, the finding in the side-by-side text, when it is shown there.
    var location: String?
}
