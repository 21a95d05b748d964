import DriftBatch
import DriftKit
import DriftRecords
import Testing

@Suite struct ResumeFileTests {
    private static let first =
        #"{"id":"a","language":"english","schema":"drift.batch/1","coverage":1,"drift":0,"garble":0,"mqm":0,"verdict":"faithful","findings":{"critical":0,"major":0,"minor":0}}"#
    private static let second = #"{"error":"x.txt: cannot read","id":2,"path":"x.txt","schema":"drift.batch/1"}"#

    @Test func aCutLastLineIsDroppedAndItsItemRedone() throws {
        let folder = try BatchFolder()
        let path = try folder.write("r.jsonl", Self.first + "\n" + Self.second + "\n" + #"{"id":"c","lang"#)
        let resume = try ResumeFile(path: path)
        #expect(resume.finishedIDs == ["\"a\"", "2"])
        #expect(resume.keptBytes == Self.first.utf8.count + Self.second.utf8.count + 2)
        let item = BatchItem(id: .string("c"), reference: .inline("R."), versions: [.inline("V.")])
        #expect(!resume.isFinished(.item(item)))
        #expect(resume.isFinished(.failure(BatchRecord.failure(id: .int(2), error: "again"))))
    }

    @Test func aMissingFileHasNothingDone() throws {
        let folder = try BatchFolder()
        let resume = try ResumeFile(path: folder.path + "/none.jsonl")
        #expect(resume.keptBytes == 0)
        #expect(resume.finishedIDs.isEmpty)
    }

    @Test func aWholeLineThatIsNoRecordIsRefused() throws {
        let folder = try BatchFolder()
        let path = try folder.write("r.jsonl", Self.first + "\n" + "not json\n" + Self.second + "\n")
        #expect {
            try ResumeFile(path: path)
        } throws: { error in
            (error as? InputError)?.description.contains("line 2 is not a drift batch record") == true
        }
    }
}
