import DriftKit
import DriftTestSupport
import DriftText
import Testing

@Suite struct DocumentTests {
    @Test func readsASeed() throws {
        let document = try Document(contentsOf: Fixtures.seed("002_afb0eaf99028a645.txt"))
        #expect(document.text.string.hasPrefix(" date 2025-03-14 The head"))
        #expect(document.path.hasSuffix("002_afb0eaf99028a645.txt"))
    }

    @Test func offsetsCountFromAfterTheByteOrderMark() throws {
        let document = try Document(contentsOf: Fixtures.path("input/bom-utf8.txt"))
        #expect(document.text[0..<5] == "Hello")
    }

    @Test func keepsCRLF() throws {
        let document = try Document(contentsOf: Fixtures.path("input/crlf.txt"))
        #expect(document.text.string.unicodeScalars.contains("\r"))
        let sentences = try Segmenter().sentences(in: document.text)
        #expect(
            sentences.map { document.text[$0.range] } == [
                "Headline without a stop", "First sentence.", "Second one.", "Third after a blank line.",
            ])
    }

    @Test func missingFile() {
        #expect(throws: InputError.unreadable(path: "/nonexistent/file.txt", reason: "No such file or directory")) {
            try Document(contentsOf: "/nonexistent/file.txt")
        }
    }

    @Test func directory() {
        #expect(throws: InputError.isDirectory(path: Fixtures.root)) { try Document(contentsOf: Fixtures.root) }
    }

    @Test func invalidUTF8NamesFileAndByte() {
        let path = Fixtures.path("input/invalid-utf8.txt")
        do {
            _ = try Document(contentsOf: path)
            Issue.record("expected an error")
        } catch {
            #expect(error == .undecodable(path: path, .invalidUTF8(byteOffset: 48, line: 2, column: 29)))
            #expect(error.description.hasPrefix(path + ": invalid UTF-8 at byte 48"))
        }
    }

    @Test func lossyReplacesBadBytes() throws {
        let document = try Document(contentsOf: Fixtures.path("input/invalid-utf8.txt"), lossy: true)
        #expect(document.text.string.contains("\u{FFFD}"))
    }

    @Test func emptyFile() {
        let path = Fixtures.path("input/empty.txt")
        #expect(throws: InputError.undecodable(path: path, .empty)) { try Document(contentsOf: path) }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() {
        let path = Fixtures.seed("002_afb0eaf99028a645.txt")
        #expect(throws: InputError.tooLarge(path: path, limit: 512)) { try Document(contentsOf: path, maxBytes: 512) }
        #expect(
            InputError.tooLarge(path: "a.txt", limit: 256 << 20).description
                == "a.txt: larger than the limit of 256 MiB (268435456 bytes)")
    }
}
