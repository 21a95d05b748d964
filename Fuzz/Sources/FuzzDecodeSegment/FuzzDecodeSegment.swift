import DriftText
import FuzzSupport

// Decoding, lossy and strict, then sentence segmentation with the default and the smallest
// sentence length (16, so that long-sentence cutting runs on short inputs).
let segmenter = try! Segmenter()
let shortSegmenter = try! Segmenter(maxSentenceLength: 16)

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (segmenter, shortSegmenter)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let strict = try? TextDecoder.decode(bytes)
    guard let lossy = try? TextDecoder.decode(bytes, lossy: true) else {
        precondition(strict == nil, "strict decoding succeeded where lossy decoding failed")
        return 0
    }
    if let strict { precondition(strict == lossy, "strict and lossy decodings differ") }
    precondition(lossy.unicodeScalars.contains { !$0.properties.isWhitespace }, "decoded text is blank")
    let text = Text(lossy)
    for segmenter in [segmenter, shortSegmenter] {
        let sentences = segmenter.sentences(in: text)
        Fuzz.checkOrdered(sentences.map(\.range), within: 0..<text.count, "sentence")
        for (index, sentence) in sentences.enumerated() {
            precondition(sentence.index == index, "sentence index \(sentence.index) at position \(index)")
            precondition(
                sentence.range.count <= segmenter.maxSentenceLength, "sentence \(index) longer than maxSentenceLength")
            precondition(
                !text.scalars[sentence.range.lowerBound].properties.isWhitespace,
                "sentence \(index) starts with white space")
            precondition(
                !text.scalars[sentence.range.upperBound - 1].properties.isWhitespace,
                "sentence \(index) ends with white space")
        }
        // Everything between sentences is white space: no text is lost.
        var end = 0
        for sentence in sentences + [Sentence(index: sentences.count, range: text.count..<text.count)] {
            precondition(
                text.scalars[end..<sentence.range.lowerBound].allSatisfy(\.properties.isWhitespace),
                "text lost before sentence \(sentence.index)")
            end = sentence.range.upperBound
        }
        _ = sentences.map { text[$0.range] }
    }
    return 0
}
