import ArgumentParser

/// Items of a batch (files, lines) run one after another: a failed item is reported and the
/// others go on. The batch then ends with 1 when some items failed and 2 when all did.
struct ItemTally {
    private(set) var succeeded = 0
    private(set) var failed = 0
    private var worst = ExitStatus.success

    /// Runs one item, reporting its error if it throws.
    mutating func run(_ item: () throws -> Void) {
        do {
            try item()
            succeeded += 1
        } catch {
            fail(error)
        }
    }

    /// Counts an item as failed with `error`, reported on standard error.
    mutating func fail(_ error: any Error) {
        failed += 1
        worst = max(worst, Console.report(error))
    }

    /// Throws the batch's exit status unless every item succeeded: an internal error wins,
    /// then 2 when nothing succeeded, else 1.
    func finish() throws {
        guard failed > 0 else { return }
        if worst == .internalError { throw worst.code }
        throw (succeeded == 0 ? ExitStatus.badInput : .failed).code
    }
}
