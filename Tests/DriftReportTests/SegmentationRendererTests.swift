import DriftKit
import DriftRecords
import DriftReport
import DriftText
import Testing

@Suite struct SegmentationRendererTests {
    private let document = Document(path: "story.txt", string: "He said \"hi\".\nThen 😀 left.")

    @Test func jsonLines() throws {
        let sentences = try Segmenter().sentences(in: document.text).map { SentenceRecord($0, of: document) }
        let output = SegmentationRenderer.jsonl(sentences)
        #expect(
            output == """
                {"cut":false,"end":13,"index":0,"path":"story.txt","start":0,"text":"He said \\"hi\\"."}
                {"cut":false,"end":26,"index":1,"path":"story.txt","start":14,"text":"Then 😀 left."}

                """)
    }

    @Test func textWithHeader() throws {
        let sentences = try Segmenter().sentences(in: document.text).map { SentenceRecord($0, of: document) }
        let output = SegmentationRenderer.text(sentences, path: "story.txt", length: document.text.count, header: true)
        #expect(
            output == """
                ==> story.txt <== 2 sentences
                   0   0–13  He said "hi".
                   1  14–26  Then 😀 left.

                """)
    }

    @Test func aCutSentenceIsMarked() throws {
        let long = Document(path: "blob.txt", string: String(repeating: "word ", count: 40))
        let sentences = try Segmenter(maxSentenceLength: 100).sentences(in: long.text).map {
            SentenceRecord($0, of: long)
        }
        let text = SegmentationRenderer.text(sentences, path: long.path, length: long.text.count)
        let lines = SegmentationRenderer.jsonl(sentences).split(separator: "\n")
        #expect(text.split(separator: "\n").first?.hasSuffix(" [cut]") == true)
        #expect(text.split(separator: "\n").last?.hasSuffix(" [cut]") == false)
        #expect(lines.first?.hasPrefix(#"{"cut":true,"#) == true)
        #expect(lines.last?.hasPrefix(#"{"cut":false,"#) == true)
    }
}
