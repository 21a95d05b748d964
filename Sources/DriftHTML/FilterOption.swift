/// A choice of a findings filter: the value the script matches and the label shown.
struct FilterOption {
    let value: String
    let label: String
}
