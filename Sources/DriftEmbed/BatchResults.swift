import Foundation

/// The vectors of batches encoded on several threads, each batch stored once under a lock.
final class BatchResults: @unchecked Sendable {
    private var slots: [[[Float]]]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    /// Stores the vectors of batch `index`.
    func store(_ vectors: [[Float]], at index: Int) {
        lock.withLock { slots[index] = vectors }
    }

    /// The vectors of every batch, in order.
    var values: [[[Float]]] {
        lock.withLock { slots }
    }
}
