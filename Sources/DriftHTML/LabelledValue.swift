import Mustache

/// A name and a value as the page shows them: `coverage` and `71 %`.
struct LabelledValue {
    let label: String
    let value: String
}

/// Fields by name without reflection (see `TextPiece`).
extension LabelledValue: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}
