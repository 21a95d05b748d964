import DriftAlign
import DriftChecks
import DriftText

/// A document read for comparison: segmented whole (for the checks) and without its web page
/// residue (for alignment, judging and collation).
struct Article {
    /// The whole document, with its tokens' features.
    var checked: CheckedText
    /// The article's sentences alone, numbered from 0.
    var text: SegmentedText
    /// The web page residue left out of `text`.
    var boilerplate: [BoilerplateSpan]

    /// Reads `text` with `analyzer`.
    init(_ text: Text, analyzer: DocumentAnalyzer) {
        let segmented = analyzer.segment(text)
        boilerplate = Boilerplate.spans(in: segmented)
        self.text =
            boilerplate.isEmpty
            ? segmented
            : analyzer.segment(text, sentences: Boilerplate.articleSentences(of: segmented, excluding: boilerplate))
        checked = CheckedText(segmented: segmented, features: analyzer.features(of: segmented))
    }
}
