import DriftKit
import DriftReport
import DriftText
import Testing

@Suite struct SegmentationRendererTests {
    private let document = Document(path: "story.txt", string: "He said \"hi\".\nThen 😀 left.")

    @Test func jsonLines() throws {
        let sentences = try Segmenter().sentences(in: document.text)
        let output = SegmentationRenderer.render(sentences, of: document, format: .jsonl)
        #expect(output == """
            {"path":"story.txt","index":0,"start":0,"end":13,"text":"He said \\"hi\\"."}
            {"path":"story.txt","index":1,"start":14,"end":26,"text":"Then 😀 left."}

            """)
    }

    @Test func textWithHeader() throws {
        let sentences = try Segmenter().sentences(in: document.text)
        let output = SegmentationRenderer.render(sentences, of: document, format: .text, header: true)
        #expect(output == """
            ==> story.txt <== 2 sentences
               0   0–13  He said "hi".
               1  14–26  Then 😀 left.

            """)
    }
}
