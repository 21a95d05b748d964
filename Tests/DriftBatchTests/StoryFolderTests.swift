import DriftStories
import Testing

@Suite struct StoryFolderTests {
    @Test func drifTomlNamesTheVersionsInItsOrder() throws {
        let folder = try BatchFolder()
        try folder.write("s/drift.toml", "reference = \"r.txt\"\nversions = [\"z.txt\", \"a.txt\"]\n")
        for name in ["r.txt", "z.txt", "a.txt", "other.txt"] { try folder.write("s/" + name, "x") }
        let story = try StoryFolder(directory: folder.path + "/s")
        #expect(story.name == "s")
        #expect(story.versions == [folder.path + "/s/z.txt", folder.path + "/s/a.txt"])
    }

    @Test(arguments: [
        ("referense = \"r.txt\"\n", "unknown key 'referense'"),
        ("reference = \"../r.txt\"\n", "must be a file name"),
        ("versions = \"a.txt\"\n", "must be a list"),
        ("reference = \n", "drift.toml:1"),
    ])
    func aBadConfigurationIsNamed(toml: String, expected: String) throws {
        let folder = try BatchFolder()
        try folder.write("s/drift.toml", toml)
        try folder.write("s/reference.txt", "x")
        try folder.write("s/v.txt", "x")
        do {
            _ = try StoryFolder(directory: folder.path + "/s")
            Issue.record("no error for \(toml)")
        } catch {
            #expect(error.description.contains(expected), "\(error)")
            #expect(error.path == folder.path + "/s/drift.toml")
        }
    }

    @Test func severalReferencesOrNoVersionAreRefused() throws {
        let folder = try BatchFolder()
        try folder.write("two/reference.txt", "x")
        try folder.write("two/reference.md", "x")
        try folder.write("alone/reference.txt", "x")
        #expect(
            throws: StoryFolderError.severalReferences(
                path: folder.path + "/two", names: ["reference.md", "reference.txt"])
        ) {
            try StoryFolder(directory: folder.path + "/two")
        }
        #expect(throws: StoryFolderError.noVersions(path: folder.path + "/alone")) {
            try StoryFolder(directory: folder.path + "/alone")
        }
    }
}
