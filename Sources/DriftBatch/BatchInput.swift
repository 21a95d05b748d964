public import DriftRecords

/// An entry of a batch's input: an item to compare, or the error record of one that could
/// not be read (a bad manifest row, a path outside the manifest's folder), which the batch
/// writes in its place and goes on.
public enum BatchInput: Sendable, Equatable {
    case item(BatchItem)
    case failure(BatchRecord)

    /// The entry's id.
    public var id: JSONValue {
        switch self {
        case .item(let item): item.id
        case .failure(let record): record.id
        }
    }
}
