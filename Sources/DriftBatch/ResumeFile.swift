import DriftIO
public import DriftKit
import DriftRecords

/// The results of an earlier, interrupted run of `drift batch`, for `--resume`: the ids it
/// finished and how much of the file to keep. A last line cut short (the run was killed
/// while writing it) is dropped, so its item is compared again.
public struct ResumeFile: Sendable {
    /// The results file.
    public let path: String
    /// The bytes of whole records, which the resumed run keeps and writes after.
    public let keptBytes: Int
    /// The ids of the records kept, serialized as JSON.
    public let finishedIDs: Set<String>

    /// Reads the results at `path`; a missing file has no results yet.
    ///
    /// - Throws: `InputError` when it cannot be read, or when a whole line of it is not a
    ///   `drift.batch/1` record (`path:line: …`), which a resumed run must not overwrite.
    public init(path: String) throws(InputError) {
        self.path = path
        guard FileIO.kind(of: path) != nil else {
            keptBytes = 0
            finishedIDs = []
            return
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.bytes(at: path)
        } catch {
            throw InputError(error)
        }
        var finished: Set<String> = []
        var start = 0
        var line = 0
        while let newline = bytes[start...].firstIndex(of: 0x0A) {
            line += 1
            let text = String(decoding: bytes[start..<newline], as: UTF8.self)
            if !text.allSatisfy(\.isWhitespace) {
                do {
                    finished.insert(try RecordCoding.decode(BatchRecord.self, from: text).id.serialized)
                } catch {
                    throw .unreadable(
                        path: path, reason: "line \(line) is not a drift batch record (\(error)); it would be lost")
                }
            }
            start = newline + 1
        }
        keptBytes = start
        finishedIDs = finished
    }

    /// Whether an entry's result is among the kept ones.
    public func isFinished(_ input: BatchInput) -> Bool {
        finishedIDs.contains(input.id.serialized)
    }
}
