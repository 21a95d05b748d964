import DriftRecords
import DriftReport
import DriftText
import FuzzSupport

// JSON values, and the saved-results reader of `drift report` with its CSV and JSONL
// renderers: every input is parsed or refused, never a crash. A parsed value serializes to
// JSON that parses back to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let string = String(decoding: bytes, as: UTF8.self)
    if let value = try? JSONValue(parsing: string) {
        let compact = value.serialized
        guard let again = try? JSONValue(parsing: compact) else {
            preconditionFailure("serialized JSON does not parse: \(compact)")
        }
        precondition(again.serialized == compact, "JSON round trip changed the value")
        guard let pretty = try? JSONValue(parsing: value.pretty()) else {
            preconditionFailure("pretty JSON does not parse")
        }
        precondition(pretty.serialized == compact, "pretty JSON round trip changed the value")
    }
    // `drift report` reads files as drift reads any text: lossy decoding.
    guard let text = try? TextDecoder.decode(bytes, lossy: true) else { return 0 }
    let file = ResultsFile(text: text, path: "results.jsonl")
    for failure in file.failures { _ = failure.description }
    if !file.records.isEmpty {
        _ = SummaryRenderer.csv(file.records)
        let jsonl = SummaryRenderer.jsonl(file.records)
        for line in jsonl.split(separator: "\n") {
            precondition((try? JSONValue(parsing: line)) != nil, "report JSONL line does not parse")
        }
    }
    return 0
}
