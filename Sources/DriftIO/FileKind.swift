/// What a path names.
public enum FileKind: Sendable, Equatable {
    case regular
    case directory
    /// A FIFO, device or socket.
    case other
}
