// Segmentation throughput and peak memory on a large text built from the Bible and seed files.
//
//   swift run -c release SegmentationBenchmark FIXTURES_DIR SEEDS_DIR [MEGABYTES] [PYTHON]
//
// The corpus is the Ruth files (KJV, WEB) and the five seeds, concatenated with blank lines and
// repeated until it reaches MEGABYTES (default 16) of UTF-8. With PYTHON (an interpreter that has
// pysbd), the reference segmenter `reference_segmenter.py` beside this package is timed on the
// same corpus and the ratio is printed.
import BenchmarkSupport
import DriftText
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: SegmentationBenchmark FIXTURES_DIR SEEDS_DIR [MEGABYTES] [PYTHON]\n".utf8))
    exit(2)
}
let fixtures = URL(fileURLWithPath: arguments[1])
let seeds = URL(fileURLWithPath: arguments[2])
let megabytes = arguments.count > 3 ? Int(arguments[3]) ?? 16 : 16

var parts = [
    try String(contentsOf: fixtures.appendingPathComponent("bible/Ruth.kjv.txt"), encoding: .utf8),
    try String(contentsOf: fixtures.appendingPathComponent("bible/Ruth.web.txt"), encoding: .utf8),
]
for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
    parts.append(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
}
let unit = parts.joined(separator: "\n\n") + "\n\n"
let corpus = String(repeating: unit, count: max(1, megabytes * 1_000_000 / unit.utf8.count))
let bytes = Double(corpus.utf8.count)

let segmenter = try Segmenter()
let tokenizer = try Tokenizer()
let baseline = Measure.peakResidentMegabytes()
let decode = Measure.best(of: 3) { Text(corpus).count }
let text = Text(corpus)
let segment = Measure.best(of: 3) { segmenter.sentences(in: text).count }
let tokenize = Measure.best(of: 3) { tokenizer.tokens(in: text).count }

func row(_ name: String, _ timing: (seconds: Double, result: Int), _ unit: String) -> String {
    let rate = bytes / 1_000_000 / timing.seconds
    return
        "| \(name) | \(String(format: "%.3f", timing.seconds)) s | \(String(format: "%.1f", rate)) MB/s | \(timing.result) \(unit) |"
}

print(
    "corpus: \(String(format: "%.1f", bytes / 1_000_000)) MB of UTF-8, \(text.count) code points (Ruth KJV + WEB + 5 seeds, repeated)\n"
)
print("| step | time (best of 3) | throughput | output |")
print("|---|---|---|---|")
print(row("Text (offset maps)", decode, "code points"))
print(row("Segmenter.sentences", segment, "sentences"))
print(row("Tokenizer.tokens", tokenize, "tokens"))
if arguments.count > 4 {
    let corpusPath = NSTemporaryDirectory() + "drift-segmentation-corpus.txt"
    try corpus.write(toFile: corpusPath, atomically: true, encoding: .utf8)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("reference_segmenter.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[4])
    process.arguments = [script, corpusPath, "0.5"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try? FileManager.default.removeItem(atPath: corpusPath)
    // The reference prints one table row; its third cell is "N MB/s".
    let cells = output.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    if process.terminationStatus == 0, cells.count > 3, let rate = Double(cells[2].split(separator: " ")[0]) {
        print(output, terminator: "")
        let drift = bytes / 1_000_000 / segment.seconds
        print("\ndrift's Segmenter is \(String(format: "%.0f", drift / rate))× faster than pysbd on this corpus.")
    } else {
        print("\nreference segmenter failed (exit \(process.terminationStatus)): \(output)")
    }
}
print(
    "\npeak resident memory: \(String(format: "%.0f", Measure.peakResidentMegabytes())) MB (\(String(format: "%.0f", baseline)) MB before the text was built)"
)
