public import DriftText

/// Finds web page furniture in a document: lines that are not article text ("Ad image",
/// "5 Min Read", "Share This Article", "Leave a comment", "Exit mobile version", cookie and
/// subscription prompts, "Original Source: …") and stamps before the first words of a
/// paragraph ("date 2025-03-14 The head of …").
///
/// A line counts only when it is nothing but the furniture, so that an article sentence that
/// mentions a comment or a subscription is never taken for it.
public enum Boilerplate {
    /// The boilerplate of a segmented document, in order.
    public static func spans(in segmented: SegmentedText) -> [BoilerplateSpan] {
        var spans: [BoilerplateSpan] = []
        for (index, sentence) in segmented.sentences.enumerated() {
            let string = segmented.string(ofSentence: index)
            let words = string.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
            if let reason = lineReason(string, words: words) {
                spans.append(
                    BoilerplateSpan(sentence: index, span: sentence.range, reason: reason, wholeSentence: true))
            } else if segmented.startsParagraph[index], let (length, reason) = stamp(string) {
                let start = sentence.range.lowerBound
                spans.append(
                    BoilerplateSpan(
                        sentence: index, span: start..<(start + length), reason: reason, wholeSentence: false))
            }
        }
        return spans
    }

    /// The sentences of a document without its boilerplate: furniture sentences dropped,
    /// stamps cut off the sentences they start.
    public static func articleSentences(of segmented: SegmentedText, excluding spans: [BoilerplateSpan]) -> [Sentence] {
        let byIndex = Dictionary(spans.map { ($0.sentence, $0) }, uniquingKeysWith: { first, _ in first })
        var sentences: [Sentence] = []
        for sentence in segmented.sentences {
            var range = sentence.range
            if let span = byIndex[sentence.index] {
                if span.wholeSentence { continue }
                range = span.span.upperBound..<range.upperBound
                while range.lowerBound < range.upperBound
                    && segmented.text.scalars[range.lowerBound].properties.isWhitespace
                {
                    range = (range.lowerBound + 1)..<range.upperBound
                }
                if range.isEmpty { continue }
            }
            sentences.append(Sentence(index: sentences.count, range: range))
        }
        return sentences
    }

    /// Why a whole line is furniture, or nil.
    static func lineReason(_ line: String, words: Int) -> String? {
        let text = line.lowercased().trimmingSuffix { $0 == "." || $0 == ":" || $0 == "!" }
        for (pattern, reason, maxWords) in linePatterns where words <= maxWords {
            if text.wholeMatch(of: pattern) != nil { return reason }
        }
        return nil
    }

    /// The length in scalars of a stamp at the start of a paragraph, with what it is.
    static func stamp(_ sentence: String) -> (Int, String)? {
        for (pattern, reason) in stampPatterns {
            if let match = sentence.prefixMatch(of: pattern),
                match.output.unicodeScalars.count < sentence.unicodeScalars.count
            {
                return (match.output.unicodeScalars.count, reason)
            }
        }
        return nil
    }

    /// Whole-line patterns (matched against the lower-cased line without final punctuation),
    /// what they are, and the most words such a line has.
    nonisolated(unsafe) private static let linePatterns: [(Regex<Substring>, String, Int)] = [
        (/ad image|ad|ads|advertisement|advertising|sponsored|sponsored content|promoted content/, "advertisement", 3),
        (/\d+\s*(?:min|mins|minute|minutes)\.?\s+read/, "read time", 4),
        (/(?:share|share this|share this (?:article|story|post|page)|share (?:on|via) \w+)/, "share prompt", 5),
        (
            /(?:leave a (?:comment|reply)|add a comment|\d+ comments?|comments?|join the conversation|post a comment)/,
            "comment prompt", 4
        ),
        (/(?:your email address will not be published.*|required fields are marked.*)/, "comment form", 16),
        (
            /(?:exit mobile version|skip to (?:main )?content|back to top|go to top|toggle navigation)/,
            "page navigation", 4
        ),
        (/(?:live|live event|live updates|live blog|breaking|breaking news)/, "live banner", 3),
        (
            /(?:sign up|subscribe|get|join)(?: now| today| here)?(?: for| to)?(?: our| the)?(?: free| daily| weekly)?(?: \w+)?(?: newsletters?| updates| alerts| emails)/,
            "subscription prompt", 9
        ),
        (/(?:subscribe|subscribe now|newsletter)/, "subscription prompt", 2),
        (
            /(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b.*/,
            "cookie notice", 40
        ),
        (
            /(?:read more|read next|related|related (?:articles|stories|posts)|recommended(?: for you)?|click here.*|follow us.*|more from .*)/,
            "link prompt", 6
        ),
        (/(?:original )?source:\s*\S.*/, "source line", 8),
    ]

    /// Stamps before the first words of a paragraph: "date 2025-03-14", "Published 14 March 2025".
    nonisolated(unsafe) private static let stampPatterns: [(Regex<Substring>, String)] = [
        (
            /\s*(?:date|dated|published|posted|updated)?:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+/
                .ignoresCase(), "date stamp"
        ),
        (/\s*(?:published|posted|updated)(?: on)?:?\s+\w+\.? \d{1,2},? \d{4}\s+/.ignoresCase(), "date stamp"),
        (/\s*(?:published|posted|updated)(?: on)?:?\s+\d{1,2} \w+\.? \d{4}\s+/.ignoresCase(), "date stamp"),
    ]
}

extension String {
    /// The string without trailing characters that satisfy `predicate`, or white space.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard predicate(self[previous]) || self[previous].isWhitespace else { break }
            end = previous
        }
        return String(self[..<end])
    }
}
