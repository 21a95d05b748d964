import DriftBatch
import DriftRecords
import Foundation
import Testing

@Suite struct ManifestTests {
    private func items(_ manifest: Manifest) -> [BatchItem] {
        manifest.inputs.compactMap { if case .item(let item) = $0 { item } else { nil } }
    }

    private func failures(_ manifest: Manifest) -> [BatchRecord] {
        manifest.inputs.compactMap { if case .failure(let record) = $0 { record } else { nil } }
    }

    @Test(arguments: [
        (
            "m.csv", "id,reference,version,language\r\na,ref.txt,v1.txt,english\r\n\r\nb,\"ref.txt\",v2.txt,\r\n",
            [2, 4]
        ),
        ("m.tsv", "id\treference\tversion\tlanguage\na\tref.txt\tv1.txt\tenglish\nb\tref.txt\tv2.txt\t\n", [2, 3]),
        (
            "m.jsonl",
            #"{"id": "a", "reference": "ref.txt", "version": "v1.txt", "language": "english"}"# + "\n\n"
                + #"{"id": "b", "reference": "ref.txt", "version": "v2.txt"}"# + "\n", [1, 3]
        ),
    ])
    func everyFormatGivesTheSameItems(name: String, text: String, lines: [Int]) throws {
        let folder = try BatchFolder()
        let manifest = try Manifest(path: try folder.write(name, text))
        #expect(
            items(manifest) == [
                BatchItem(
                    id: .string("a"), reference: .file(path: folder.path + "/ref.txt"),
                    versions: [.file(path: folder.path + "/v1.txt")], language: "english", line: lines[0]),
                BatchItem(
                    id: .string("b"), reference: .file(path: folder.path + "/ref.txt"),
                    versions: [.file(path: folder.path + "/v2.txt")], line: lines[1]),
            ])
    }

    @Test func otherColumnsAreIgnoredAndTheHeaderMayBeInAnyOrder() throws {
        let folder = try BatchFolder()
        let manifest = try Manifest(path: try folder.write("m.csv", "Version,notes,ID,Reference\nv.txt,x,1,r.txt\n"))
        #expect(items(manifest).map(\.id) == [.string("1")])
        #expect(items(manifest).first?.versions == [.file(path: folder.path + "/v.txt")])
    }

    @Test func aHeaderWithoutAVersionColumnIsRefused() throws {
        let folder = try BatchFolder()
        let path = try folder.write("m.csv", "id,reference\n1,r.txt\n")
        #expect(throws: ManifestError.missingColumn(path: path, column: "version")) { try Manifest(path: path) }
    }

    @Test func anUnknownEndingIsRefused() throws {
        let folder = try BatchFolder()
        let path = try folder.write("m.txt", "id,reference,version\n")
        #expect(throws: ManifestError.unknownFormat(path: path)) { try Manifest(path: path) }
    }

    @Test func aBadRowFailsOnlyItself() throws {
        let folder = try BatchFolder()
        let text = """
            {"id": 1, "reference": "r.txt", "version": "v.txt"}
            {"id": 2, "reference": "r.txt"
            {"id": 3, "reference": "r.txt"}
            {"id": 4, "reference": "r.txt", "version": "v.txt", "versions": ["w.txt"]}
            {"reference": "r.txt", "version": "v.txt"}
            {"id": 1, "reference": "r.txt", "version": "w.txt"}
            {"id": 7, "reference": "r.txt", "versions": ["v.txt", "w.txt"]}

            """
        let manifest = try Manifest(path: try folder.write("m.jsonl", text))
        #expect(items(manifest).map(\.id) == [.int(1), .int(7)])
        #expect(items(manifest).last?.versions.count == 2)
        let errors = failures(manifest)
        #expect(errors.map(\.line) == [2, 3, 4, 5, nil])
        #expect(errors[1].error?.contains("missing 'version'") == true)
        #expect(errors[2].error?.contains("not both") == true)
        #expect(errors[3].error?.contains("no id") == true)
        #expect(errors[4].error?.contains("used before") == true)
        #expect(manifest.inputs.count == 7)
    }

    @Test func pathsOutsideTheFolderAreRefusedUnlessAllowed() throws {
        let folder = try BatchFolder()
        try folder.write("inner/r.txt", "A.")
        try folder.write("outside.txt", "B.")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/inner/link.txt", withDestinationPath: folder.path + "/outside.txt")
        let path = try folder.write(
            "inner/m.csv",
            "id,reference,version\n1,r.txt,../outside.txt\n2,r.txt,/etc/hostname\n3,r.txt,link.txt\n4,r.txt,sub/../r.txt\n"
        )
        let refused = try Manifest(path: path)
        #expect(failures(refused).map(\.id) == [.string("1"), .string("2"), .string("3")])
        #expect(failures(refused).allSatisfy { $0.error?.contains("outside the manifest's folder") == true })
        #expect(items(refused).map(\.id) == [.string("4")])
        #expect(items(try Manifest(path: path, allowOutside: true)).count == 4)
    }

    @Test func aDirectoryHasAnItemPerVersionOfEachStory() throws {
        let folder = try BatchFolder()
        try folder.write("b-story/reference.txt", "R.")
        try folder.write("b-story/two.txt", "V2.")
        try folder.write("b-story/one.txt", "V1.")
        try folder.write("b-story/.hidden", "x")
        try folder.write(
            "a-story/drift.toml", "reference = \"original.md\"\nglossary = \"terms.tsv\"\nlanguage = \"german\"\n")
        try folder.write("a-story/original.md", "R.")
        try folder.write("a-story/terms.tsv", "a\tb\n")
        try folder.write("a-story/mt.txt", "V.")
        try folder.write("c-story/notes.txt", "no reference")
        try folder.write("loose.txt", "not a story")
        let manifest = try Manifest(path: folder.path)
        #expect(
            items(manifest).map(\.id) == [
                .string("a-story/mt.txt"), .string("b-story/one.txt"), .string("b-story/two.txt"),
            ])
        let first = try #require(items(manifest).first)
        #expect(first.reference == .file(path: folder.path + "/a-story/original.md"))
        #expect(first.glossary == .file(path: folder.path + "/a-story/terms.tsv"))
        #expect(first.language == "german")
        #expect(failures(manifest).map(\.id) == [.string("c-story")])
        #expect(failures(manifest).first?.error?.contains("no reference") == true)
    }
}
