/// A name and a value as the page shows them: `coverage` and `71 %`.
struct LabelledValue {
    let label: String
    let value: String
}
