import DriftAlign
import DriftText
import FuzzSupport

// Tokens of a whole text, and of its sentences as the aligner segments it, with their features.
let tokenizer = try! Tokenizer()
let segmenter = try! Segmenter()
let analyzer = try! TokenAnalyzer()

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (tokenizer, segmenter, analyzer)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = Fuzz.text(Fuzz.bytes(data, size))
    let tokens = tokenizer.tokens(in: text)
    Fuzz.checkOrdered(tokens.map(\.range), within: 0..<text.count, "token")
    for token in tokens {
        // White space is dropped: it never starts a token.
        precondition(
            !text.scalars[token.range.lowerBound].properties.isWhitespace,
            "token \(token.range) starts with white space")
    }
    let segmented = SegmentedText(text, segmenter: segmenter, tokenizer: tokenizer)
    precondition(segmented.sentenceTokens.count == segmented.sentences.count, "sentenceTokens count")
    precondition(segmented.startsParagraph.count == segmented.sentences.count, "startsParagraph count")
    Fuzz.checkOrdered(segmented.tokens.map(\.range), within: 0..<text.count, "sentence token")
    var next = 0
    for (index, range) in segmented.sentenceTokens.enumerated() {
        precondition(
            range.lowerBound == next && range.upperBound <= segmented.tokens.count,
            "sentenceTokens \(index) do not tile the tokens")
        next = range.upperBound
        let sentence = segmented.sentences[index].range
        for token in segmented.tokens[range] {
            precondition(
                sentence.contains(token.range.lowerBound) && token.range.upperBound <= sentence.upperBound,
                "token outside its sentence \(index)")
        }
    }
    precondition(next == segmented.tokens.count, "sentenceTokens do not cover the tokens")
    let features = analyzer.features(of: segmented)
    precondition(features.count == segmented.tokens.count, "one feature per token")
    for (token, feature) in zip(segmented.tokens, features) {
        precondition(feature.kind == token.kind, "feature kind differs from token kind")
        precondition(feature.text == text[token.range], "feature text differs from the token's text")
    }
    return 0
}
