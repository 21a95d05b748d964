/// A name and a value as the page shows them: `coverage` and `71 %`; a filter's choice (what
/// it shows, what the script matches); a link's text and target.
struct LabelledValue: Encodable {
    let label: String
    let value: String
}
