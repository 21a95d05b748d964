import DriftKit
import Foundation
import Testing

@Suite struct LineReaderTests {
    private func file(_ bytes: [UInt8]) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("drift-lines-\(UUID().uuidString)")
            .path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// All lines, with `nil` for a line refused as too long.
    private func lines(_ bytes: [UInt8], maxLineBytes: Int) throws -> [String?] {
        let reader = try LineReader(path: file(bytes), maxLineBytes: maxLineBytes)
        var lines: [String?] = []
        while true {
            let next: [UInt8]?
            do {
                next = try reader.nextLine()
            } catch {
                #expect(error == .lineTooLong(path: reader.path, line: lines.count + 1, limit: maxLineBytes))
                lines.append(nil)
                continue
            }
            guard let next else { return lines }
            lines.append(String(decoding: next, as: UTF8.self))
        }
    }

    @Test func linesWithAndWithoutAFinalNewline() throws {
        #expect(try lines(Array("a\n\nb\n".utf8), maxLineBytes: 10) == ["a", "", "b"])
        #expect(try lines(Array("a\nb".utf8), maxLineBytes: 10) == ["a", "b"])
        #expect(try lines([], maxLineBytes: 10) == [])
    }

    @Test func aLongLineIsSkippedAndReadingGoesOn() throws {
        // Longer than the reader's 64 KiB chunks, so the line spans several reads.
        let long = [UInt8](repeating: 0x78, count: 300_000)
        #expect(
            try lines(Array("first\n".utf8) + long + Array("\nlast\n".utf8), maxLineBytes: 1_000) == [
                "first", nil, "last",
            ])
        #expect(try lines(Array("first\n".utf8) + long, maxLineBytes: 1_000) == ["first", nil])
        #expect(
            try lines(Array("first\n".utf8) + long + [0x0A], maxLineBytes: 400_000) == [
                "first", String(repeating: "x", count: 300_000),
            ])
    }

    @Test func aLineAtTheLimitIsRead() throws {
        #expect(try lines(Array("abcd\nabcde\n".utf8), maxLineBytes: 4) == ["abcd", nil])
    }
}
