import DriftBatch
import DriftKit
import DriftRecords
import DriftTestSupport
import Foundation
import Testing

@Suite struct BatchWorkerTests {
    private static let reference =
        "The minister resigned on Friday. She had led the ministry for six years. Her deputy will take over."
    private static let version =
        "The minister quit on Friday. She had led the ministry for six years. Her deputy takes over."

    @Test func aFileAndTheSameTextInlineGiveTheSameFigures() throws {
        let folder = try BatchFolder()
        let referencePath = try folder.write("r.txt", Self.reference)
        let versionPath = try folder.write("v.txt", Self.version)
        let worker = BatchWorker(options: BatchOptions(), wordNet: nil)
        let fromFiles = worker.record(
            for: BatchItem(id: .int(1), reference: .file(path: referencePath), versions: [.file(path: versionPath)]))
        let inline = worker.record(
            for: BatchItem(id: .int(1), reference: .inline(Self.reference), versions: [.inline(Self.version)]))
        #expect(fromFiles.succeeded)
        #expect(fromFiles.reference == referencePath)
        #expect(fromFiles.version == versionPath)
        var withoutPaths = fromFiles.summary
        withoutPaths?.version = nil
        #expect(withoutPaths == inline.summary)
        #expect(inline.reference == nil && inline.version == nil)
    }

    @Test func theFiguresAreTheComparisons() throws {
        let worker = BatchWorker(options: BatchOptions(details: true), wordNet: nil)
        let record = worker.record(
            for: BatchItem(id: .string("x"), reference: .inline(Self.reference), versions: [.inline(Self.version)]))
        let comparison = try Comparison(wordNet: nil)
        let report = comparison.compare(
            reference: Document(path: "reference", string: Self.reference),
            versions: [Document(path: "version", string: Self.version)])
        #expect(record.comparison == ComparisonRecord(report))
        #expect(record.summary == VersionSummary(report.versions[0], path: nil))
        #expect(record.language == "en")
        #expect(record.seconds == nil)
    }

    @Test func severalVersionsGiveASummaryEach() {
        let worker = BatchWorker(options: BatchOptions(timings: true), wordNet: nil)
        let record = worker.record(
            for: BatchItem(
                id: .int(3), reference: .inline(Self.reference),
                versions: [.inline(Self.version), .inline(Self.reference)]))
        #expect(record.summary == nil)
        #expect(record.versions?.count == 2)
        #expect(record.versions?.last?.verdict == .faithful)
        #expect((record.seconds ?? -1) >= 0)
    }

    @Test(arguments: [
        ("missing", "cannot read"),
        ("binary", "binary"),
        ("latin1", "UTF-8"),
        ("large", "larger than the limit"),
        ("empty", "empty"),
    ])
    func aFileThatCannotBeReadGivesAnErrorRecord(kind: String, expected: String) throws {
        let folder = try BatchFolder()
        let referencePath = try folder.write("r.txt", Self.reference)
        let path = folder.path + "/bad.txt"
        switch kind {
        case "binary": try folder.write("bad.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]))
        case "latin1": try folder.write("bad.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x2E]))
        case "large": try folder.write("bad.txt", String(repeating: "word ", count: 300))
        case "empty": try folder.write("bad.txt", "")
        default: break
        }
        let worker = BatchWorker(options: BatchOptions(maxBytes: 1000), wordNet: nil)
        let record = worker.record(
            for: BatchItem(id: .int(9), reference: .file(path: referencePath), versions: [.file(path: path)], line: 4))
        #expect(!record.succeeded)
        #expect(record.path == path)
        #expect(record.line == 4)
        #expect(record.version == path)
        #expect(record.error?.contains(expected) == true, "\(record.error ?? "")")
    }

    @Test func anUnknownLanguageFailsItsItem() {
        let worker = BatchWorker(options: BatchOptions(), wordNet: nil)
        let record = worker.record(
            for: BatchItem(id: .int(1), reference: .inline("A."), versions: [.inline("B.")], language: "klingon"))
        #expect(record.error?.contains("klingon") == true)
    }
}
