import Mustache

/// A choice of a findings filter: the value the script matches and the label shown.
struct FilterOption {
    let value: String
    let label: String
}

/// Fields by name without reflection (see `TextPiece`).
extension FilterOption: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        default: nil
        }
    }
}
