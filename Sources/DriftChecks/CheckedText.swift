public import DriftAlign
public import DriftText

/// A document as the checks read it: its sentences, tokens and the features of every token.
public struct CheckedText: Sendable {
    /// The sentences and tokens.
    public let segmented: SegmentedText
    /// The features of each token of `segmented.tokens`.
    public let features: [TokenFeatures]

    public init(segmented: SegmentedText, features: [TokenFeatures]) {
        self.segmented = segmented
        self.features = features
    }

    /// The text.
    public var text: Text { segmented.text }
}
