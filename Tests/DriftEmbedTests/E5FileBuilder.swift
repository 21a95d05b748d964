import Foundation

/// Writes small E5S1 model files for the reader's tests: a whole encoder of hidden size 32,
/// one layer and one head, six pieces, and 4-bit blocks whose values the tests know.
struct E5FileBuilder {
    static let hidden = 32
    static let pieces = ["<s>", "<pad>", "</s>", "<unk>", "▁a", "b"]
    static let scores: [Float] = [0, 0, 0, 0, -1, -2]
    var bytes: [UInt8] = []

    /// A complete file; `magic` replaces "E5S1" when given.
    static func model(magic: String = "E5S1") -> [UInt8] {
        var file = E5FileBuilder()
        let hidden = Self.hidden
        file.bytes += Array(magic.utf8)
        file.u32(1)
        for value in [hidden, 1, 1, hidden, pieces.count, 8, 2] { file.i32(value) }
        file.u32(Float(1e-12).bitPattern)
        file.i32(32)
        file.i32(pieces.count)
        for value in [0, 2, 1, 3] { file.i32(value) }
        let text = pieces.flatMap { Array($0.utf8) }
        file.u64(text.count)
        var offset = 0
        file.u32(0)
        for piece in pieces {
            offset += piece.utf8.count
            file.u32(UInt32(offset))
        }
        for score in scores { file.u32(score.bitPattern) }
        file.bytes += text
        // One normalisation entry: tab → space.
        file.i32(1)
        file.u32(4 + 1 + 4)
        file.u32(9)
        file.bytes.append(1)
        file.u32(32)
        let tensors: [(String, Bool, Int)] =
            [
                ("emb.word", true, pieces.count * hidden), ("emb.pos", false, 8 * hidden),
                ("emb.type", false, 2 * hidden),
            ]
            + ["emb.ln.w", "emb.ln.b"].map { ($0, false, hidden) }
            + ["q", "k", "v", "ao", "fi", "fo"].flatMap {
                [("l0.\($0).w", true, hidden * hidden), ("l0.\($0).b", false, hidden)]
            }
            + ["aln.w", "aln.b", "oln.w", "oln.b"].map { ("l0.\($0)", false, hidden) }
        let directorySize = tensors.reduce(4) { $0 + 2 + $1.0.utf8.count + 21 }
        var dataOffset = file.bytes.count + directorySize
        var data: [UInt8] = []
        file.i32(tensors.count)
        for (name, quantized, elements) in tensors {
            let size = quantized ? elements / 32 * 18 : 4 * elements
            file.bytes += [UInt8(name.utf8.count), 0] + Array(name.utf8)
            file.bytes.append(quantized ? 1 : 0)
            file.u32(UInt32(elements))
            file.u64(dataOffset)
            file.u64(size)
            dataOffset += size
            data += quantized ? Self.blocks(count: elements / 32) : Self.floats(elements, name: name)
        }
        return file.bytes + data
    }

    /// 4-bit blocks of scale 1/16 (half 0x2C00) whose nibbles count 0…15 twice: weights
    /// (j − 8)/16 for j < 16 and (j − 16 − 8)/16 after.
    static func blocks(count: Int) -> [UInt8] {
        (0..<count).flatMap { _ in [0x00, 0x2C] + (0..<16).map { UInt8($0) | UInt8($0) << 4 } }
    }

    /// Norm weights 1, everything else 0.01.
    static func floats(_ count: Int, name: String) -> [UInt8] {
        let value: Float = name.hasSuffix("ln.w") || name.hasSuffix("aln.w") || name.hasSuffix("oln.w") ? 1 : 0.01
        return (0..<count).flatMap { _ in withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init) }
    }

    /// Writes `bytes` to a new file in the temporary folder and returns its path.
    static func write(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "drift-e5-\(UUID().uuidString).bin"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private mutating func i32(_ value: Int) { u32(UInt32(truncatingIfNeeded: value)) }
    private mutating func u32(_ value: UInt32) { bytes += withUnsafeBytes(of: value.littleEndian, Array.init) }
    private mutating func u64(_ value: Int) { bytes += withUnsafeBytes(of: UInt64(value).littleEndian, Array.init) }
}
