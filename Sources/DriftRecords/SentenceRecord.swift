public import DriftKit
public import DriftText

/// A sentence as `drift segment --format jsonl` writes it: its document, index, span and text;
/// `cut` is true when the segmenter cut a run too long for one sentence there
/// (`Segmenter.maxSentenceLength`), not at a sentence break.
public struct SentenceRecord: Codable, Sendable, Equatable {
    public var path: String
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var cut: Bool

    /// The record of `sentence` of `document`.
    public init(_ sentence: Sentence, of document: Document) {
        path = document.path
        index = sentence.index
        start = sentence.range.lowerBound
        end = sentence.range.upperBound
        text = document.text[sentence.range]
        cut = sentence.isCut
    }
}
