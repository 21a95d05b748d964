public import DriftAlign
public import DriftText

/// A document as the checks read it: its sentences, tokens and the features of every token,
/// and what several checks look up in it, computed once per document (a document is a witness
/// for every other version of a comparison).
public struct CheckedText: Sendable {
    /// The sentences and tokens.
    public let segmented: SegmentedText
    /// The features of each token of `segmented.tokens`.
    public let features: [TokenFeatures]
    /// Its passages in quotation marks.
    let quotations: [Quotation]
    /// Its words, case-folded.
    let vocabulary: Set<String>
    /// Its names of several words (`CapitalsLostCheck`), case-folded, with their text.
    let names: [[String]: String]

    public init(segmented: SegmentedText, features: [TokenFeatures]) {
        self.segmented = segmented
        self.features = features
        vocabulary = Set(features.lazy.filter { $0.kind == .word }.map(\.folded))
        let tokens = segmented.tokens
        var names: [[String]: String] = [:]
        for run in CapitalsLostCheck.capitalisedRuns(segmented, features) {
            let key = run.map { features[$0].folded }
            names[key] =
                names[key] ?? segmented.text[tokens[run.first!].range.lowerBound..<tokens[run.last!].range.upperBound]
        }
        self.names = names
        quotations = Quotation.all(in: segmented)
    }

    /// The text.
    public var text: Text { segmented.text }
}
