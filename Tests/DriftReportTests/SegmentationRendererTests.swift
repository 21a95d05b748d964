import DriftKit
import DriftReport
import DriftText
import Testing

@Suite struct SegmentationRendererTests {
    private let document = Document(path: "story.txt", string: "He said \"hi\".\nThen 😀 left.")

    @Test func jsonLines() throws {
        let sentences = try Segmenter().sentences(in: document.text)
        let output = SegmentationRenderer.render(sentences, of: document, format: .jsonl)
        #expect(
            output == """
                {"path":"story.txt","index":0,"start":0,"end":13,"text":"He said \\"hi\\".","cut":false}
                {"path":"story.txt","index":1,"start":14,"end":26,"text":"Then 😀 left.","cut":false}

                """)
    }

    @Test func textWithHeader() throws {
        let sentences = try Segmenter().sentences(in: document.text)
        let output = SegmentationRenderer.render(sentences, of: document, format: .text, header: true)
        #expect(
            output == """
                ==> story.txt <== 2 sentences
                   0   0–13  He said "hi".
                   1  14–26  Then 😀 left.

                """)
    }

    @Test func aCutSentenceIsMarked() throws {
        let long = Document(path: "blob.txt", string: String(repeating: "word ", count: 40))
        let sentences = try Segmenter(maxSentenceLength: 100).sentences(in: long.text)
        let text = SegmentationRenderer.render(sentences, of: long, format: .text)
        let lines = SegmentationRenderer.render(sentences, of: long, format: .jsonl).split(separator: "\n")
        #expect(text.split(separator: "\n").first?.hasSuffix(" [cut]") == true)
        #expect(text.split(separator: "\n").last?.hasSuffix(" [cut]") == false)
        #expect(lines.first?.hasSuffix(#","cut":true}"#) == true)
        #expect(lines.last?.hasSuffix(#","cut":false}"#) == true)
    }
}
