import Foundation

/// BERT's uncased tokenizer: basic tokenization, then greedy longest-match WordPiece.
///
/// 1. Clean: drop NUL, U+FFFD and control or format characters; white space becomes a space.
/// 2. Put spaces around CJK ideographs, so that each is a word.
/// 3. Lower-case, decompose (NFD) and drop non-spacing marks ("Café" → "cafe").
/// 4. Split at white space and around every punctuation character (ASCII symbols count).
/// 5. Cut each word into the longest vocabulary pieces from the left, later pieces with `##`;
///    a word with an impossible piece, or longer than 100 characters, becomes `[UNK]`.
///
/// Ids come framed by `[CLS]` and `[SEP]`, at most `maxTokens` in all. The decomposition uses
/// Foundation's Unicode tables: DriftEmbed imports Foundation, so it must not see DriftText's ICU
/// module (their ICU headers clash).
public final class WordPieceTokenizer: WindowingTokenizer {
    /// The vocabulary: piece → id.
    public let vocabulary: [String: Int32]
    /// The longest sequence, `[CLS]` and `[SEP]` included.
    public let maxTokens: Int
    let unknown: Int32
    let classify: Int32
    let separator: Int32

    /// Reads a `vocab.txt` (one piece per line, the line number is the id).
    ///
    /// - Throws: `EmbedError` when the file is missing or lacks the special tokens.
    public convenience init(vocabularyFile path: String, maxTokens: Int = 256) throws(EmbedError) {
        guard let bytes = FileManager.default.contents(atPath: path) else { throw .modelMissing(path: path) }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var vocabulary: [String: Int32] = [:]
        for (index, line) in lines.enumerated() where !line.isEmpty {
            vocabulary[String(line.hasSuffix("\r") ? line.dropLast() : line)] = Int32(index)
        }
        try self.init(vocabulary: vocabulary, maxTokens: maxTokens, path: path)
    }

    /// Creates a tokenizer from a vocabulary that has `[UNK]`, `[CLS]` and `[SEP]`.
    public init(vocabulary: [String: Int32], maxTokens: Int = 256, path: String = "vocabulary") throws(EmbedError) {
        guard let unknown = vocabulary["[UNK]"], let classify = vocabulary["[CLS]"], let separator = vocabulary["[SEP]"]
        else {
            throw .invalidModel(path: path, reason: "the vocabulary lacks [UNK], [CLS] or [SEP]")
        }
        guard maxTokens >= 2 else {
            throw .invalidModel(path: path, reason: "maxTokens must leave room for [CLS] and [SEP]")
        }
        self.vocabulary = vocabulary
        self.maxTokens = maxTokens
        self.unknown = unknown
        self.classify = classify
        self.separator = separator
    }

    /// The ids of a sentence: `[CLS]`, the pieces (truncated), `[SEP]`.
    public func ids(_ text: String) -> [Int32] {
        var ids: [Int32] = [classify]
        for word in words(text) {
            pieces(of: word, into: &ids)
            if ids.count >= maxTokens - 1 { break }
        }
        if ids.count > maxTokens - 1 { ids.removeLast(ids.count - (maxTokens - 1)) }
        ids.append(separator)
        return ids
    }

    /// The ids of a text as one window, truncated to `maxTokens`.
    func windows(_ text: String) -> [[Int32]] {
        [ids(text)]
    }

    /// The basic tokenizer's words: cleaned, lower-cased, without accents, split at spaces and
    /// punctuation.
    func words(_ text: String) -> [String] {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0 || scalar.value == 0xFFFD || Self.isControl(scalar) { continue }
            if Self.isWhitespace(scalar) {
                cleaned.append(" ")
            } else if Self.isIdeograph(scalar) {
                cleaned.append(contentsOf: [" ", scalar, " "])
            } else {
                cleaned.append(scalar)
            }
        }
        let folded = String(cleaned).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in folded {
            if scalar == " " || Self.isPunctuation(scalar) {
                if !word.isEmpty { words.append(String(word)) }
                word = String.UnicodeScalarView()
                if scalar != " " { words.append(String(scalar)) }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Appends the WordPiece ids of one word.
    private func pieces(of word: String, into ids: inout [Int32]) {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= 100 else {
            ids.append(unknown)
            return
        }
        var found: [Int32] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var match: Int32?
            while end > start {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: scalars[start..<end])
                if let id = vocabulary[piece] {
                    match = id
                    break
                }
                end -= 1
            }
            guard let match else {
                ids.append(unknown)
                return
            }
            found.append(match)
            start = end
        }
        ids.append(contentsOf: found)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
            || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 33...47, 58...64, 91...96, 123...126: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B820...0x2CEAF,
            0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
