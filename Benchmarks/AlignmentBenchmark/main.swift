// Alignment time against document length: the Ruth pair (KJV as reference, WEB as version)
// repeated 1×, 2×, 4× and 8×, aligned with word diffs, best of 3 runs each.
//
//   swift run -c release AlignmentBenchmark FIXTURES_DIR
//
// Prints a table and the scaling exponent: log2 of the time ratio per doubling (1 = linear,
// 2 = quadratic), per step and from 1× to 8×.
import BenchmarkSupport
import DriftAlign
import DriftText
import Foundation

guard CommandLine.arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: AlignmentBenchmark FIXTURES_DIR\n".utf8))
    exit(2)
}
let fixtures = URL(fileURLWithPath: CommandLine.arguments[1])
let reference = try String(contentsOf: fixtures.appendingPathComponent("bible/Ruth.kjv.txt"), encoding: .utf8)
let version = try String(contentsOf: fixtures.appendingPathComponent("bible/Ruth.web.txt"), encoding: .utf8)

let aligner = try Aligner()
var timings: [(multiple: Int, seconds: Double)] = []
print("| length | reference sentences | version sentences | KB (both) | links | time (best of 3) |")
print("|---|---|---|---|---|---|")
for multiple in [1, 2, 4, 8] {
    let left = Text(String(repeating: reference + "\n", count: multiple))
    let right = Text(String(repeating: version + "\n", count: multiple))
    var alignment: Alignment?
    let timing = Measure.best(of: 3) {
        alignment = aligner.align(reference: left, version: right)
        return alignment!.links.count
    }
    timings.append((multiple, timing.seconds))
    let kilobytes = (left.string.utf8.count + right.string.utf8.count) / 1000
    print(
        "| \(multiple)× | \(alignment!.reference.sentences.count) | \(alignment!.version.sentences.count) | \(kilobytes) | \(timing.result) | \(String(format: "%.3f", timing.seconds)) s |"
    )
}
let steps = zip(timings, timings.dropFirst()).map { log2($1.seconds / $0.seconds) }
let overall = log2(timings.last!.seconds / timings.first!.seconds) / log2(Double(timings.last!.multiple))
print(
    "\nscaling exponent per doubling: " + steps.map { String(format: "%.2f", $0) }.joined(separator: ", ")
        + String(format: "; 1× to 8×: %.2f (1 = linear, 2 = quadratic)", overall))
print(
    String(
        format: "8× pair aligned in %.3f s; peak resident memory %.0f MB", timings.last!.seconds,
        Measure.peakResidentMegabytes()))
