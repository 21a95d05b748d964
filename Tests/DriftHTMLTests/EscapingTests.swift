import DriftHTML
import DriftKit
import DriftRecords
import DriftReport
import Foundation
import Testing

/// Document text never becomes markup: hostile texts and paths go through the whole pipeline
/// (alignment, judgement, checks, templates) and come out as text.
@Suite struct EscapingTests {
    static let reference = """
        The minister said <script>alert("x")</script> was found in the archive on Monday.
        Officials wrote </textarea><b>bold</b> in the form before the meeting ended.
        A reader typed "><img src=x onerror=alert(1)> into the comment box yesterday.
        "<script>alert(1)</script> is what we found," the inspector said.
        The template {{title}} and {{{css}}} and {{> pieces}} appeared in the text.
        Names like \u{202E}gnirts desrever\u{202C} and \u{200F}عربي\u{200E} and 👩\u{200D}👩\u{200D}👧 are written here.
        """

    static let version = """
        The minister claimed <script>alert("y")</script> was found in the archive on Monday.
        Officials wrote </textarea><b>bold</b> in the the form before the meeting ended.
        A reader typed '><img src=y onerror=alert(2)> into the comment box yesterday.
        "<script>alert(2)</script> is what we saw," the inspector said.
        The template {{title}} and {{{css}}} and {{> pieces}} appeared in the text.
        Names like \u{202E}gnirts desrever\u{202C} and \u{200F}عربي\u{200E} and 👩\u{200D}👩\u{200D}👧 are written here.
        Share This Article <iframe src="https://example.com"></iframe>
        """

    /// The elements the report's templates write; anything else came from a document.
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "span", "nav", "ul", "li",
        "main", "section", "p", "code", "table", "caption", "thead", "tbody", "tr", "th", "td", "abbr", "figure",
        "figcaption", "svg", "desc", "text", "rect", "div", "dl", "dt", "dd", "colgroup", "col", "del", "ins", "s",
        "form", "label", "select", "option", "input", "output", "ol", "strong", "blockquote", "q", "footer",
        "kbd", "script", "sup",
    ]

    static let page: String = {
        guard let comparison = try? Comparison(wordNet: nil), let report = try? HTMLReport() else { return "" }
        let documents = [
            Document(path: "\"><script>alert('path')</script>.txt", string: reference),
            Document(path: "version <img src=x>.txt", string: version),
        ]
        let compared = comparison.compare(reference: documents[0], versions: [documents[1]])
        return report.render([ComparisonRecord(compared)], generator: "drift test")
    }()

    /// The opening tags of the page: `(name, whole tag)`.
    static var tags: [(name: String, tag: String)] {
        let pattern = try! NSRegularExpression(pattern: "<([A-Za-z][A-Za-z0-9-]*)[^>]*>")
        let range = NSRange(page.startIndex..., in: page)
        return pattern.matches(in: page, range: range).map { match in
            (String(page[Range(match.range(at: 1), in: page)!]), String(page[Range(match.range, in: page)!]))
        }
    }

    @Test func thePageWasRendered() {
        #expect(Self.page.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.page.contains("</html>"))
    }

    @Test func onlyTheTemplatesElementsOccur() {
        let foreign = Set(Self.tags.map { $0.name.lowercased() }).subtracting(Self.elements)
        #expect(foreign.isEmpty, "elements from document text: \(foreign)")
    }

    @Test func oneScriptAndOneStyle() {
        #expect(Self.tags.count { $0.name == "script" } == 1)
        #expect(Self.tags.count { $0.name == "style" } == 1)
    }

    @Test func noTagCarriesAHandlerOrAScriptURL() {
        for (_, tag) in Self.tags {
            let lowered = tag.lowercased()
            #expect(!lowered.contains("onerror") && !lowered.contains("javascript:"), "\(tag)")
        }
    }

    /// The page without its tags, finding numbers and labels for screen readers: the document
    /// text, entities still escaped.
    static let textContent: String = {
        var text = page
        for expression in [
            "<span class=\"vh\">[^<]*</span>", "<sup class=\"finding-number\"[^>]*>[^<]*</sup>", "<[^>]*>",
        ] {
            let pattern = try! NSRegularExpression(pattern: expression)
            text = pattern.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        }
        return text
    }()

    @Test(arguments: [
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
        "&lt;/textarea&gt;&lt;b&gt;bold&lt;/b&gt;",
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        "&#39;&gt;&lt;img src=y onerror=alert(2)&gt;",
        "&lt;iframe src=&quot;https://example.com&quot;&gt;&lt;/iframe&gt;",
        "&quot;&gt;&lt;script&gt;alert(&#39;path&#39;)&lt;/script&gt;.txt",
        "The template {{title}} and {{{css}}} and {{&gt; pieces}} appeared in the text.",
        "\u{202E}gnirts desrever\u{202C}",
        "\u{200F}عربي\u{200E}",
        "👩\u{200D}👩\u{200D}👧",
    ])
    func documentTextIsEscapedText(_ escaped: String) {
        #expect(Self.textContent.contains(escaped))
    }

    @Test func findingsAboutHostileTextAreListed() {
        // The altered quote holds a script element; its finding's message and tooltip are text.
        #expect(Self.page.contains("quote-altered"))
        #expect(
            Self.page.contains("title=\"critical · quote-altered: The quote “&lt;script&gt;alert(2)&lt;/script&gt;"))
    }

    @Test func textCellsIsolateTheirDirection() {
        #expect(Self.page.contains("<td class=\"text\" dir=\"auto\">"))
        #expect(!Self.page.contains("<td class=\"text\">"))
    }
}
