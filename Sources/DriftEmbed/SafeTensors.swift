import Foundation

/// A read-only view of a `.safetensors` file: an 8-byte little-endian header length, a JSON
/// header naming each tensor's dtype, shape and byte range, then the raw data. The file is
/// memory-mapped; tensors are copied out as `Float` arrays on request.
public struct SafeTensors: Sendable {
    /// One tensor's entry in the header.
    public struct Entry: Sendable, Equatable {
        /// "F32", "I64", …
        public var dtype: String
        /// Dimensions, outermost first.
        public var shape: [Int]
        /// Byte range in the data section.
        public var offsets: Range<Int>
    }

    /// Where the file was read from.
    public let path: String
    /// The tensors by name.
    public let entries: [String: Entry]
    private let data: Data
    private let dataStart: Int

    /// Maps a file and checks its header: every entry must lie inside the file and have as
    /// many bytes as its dtype and shape say.
    ///
    /// - Throws: `EmbedError.modelMissing` or `.invalidModel` naming the file and the fault.
    public init(path: String) throws(EmbedError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .modelMissing(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .invalidModel(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard data.count >= 8 else {
            throw .invalidModel(path: path, reason: "only \(data.count) bytes, shorter than the header length")
        }
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        guard headerLength > 0, headerLength <= data.count - 8 else {
            throw .invalidModel(
                path: path,
                reason: "header length \(headerLength) does not fit in \(data.count) bytes (truncated file?)")
        }
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + headerLength)))
        } catch {
            throw .invalidModel(path: path, reason: "header is not JSON")
        }
        guard let header = json as? [String: Any] else {
            throw .invalidModel(path: path, reason: "header is not a JSON object")
        }
        let dataSize = data.count - 8 - headerLength
        var entries: [String: Entry] = [:]
        for (name, value) in header where name != "__metadata__" {
            guard let fields = value as? [String: Any], let dtype = fields["dtype"] as? String,
                let shape = (fields["shape"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }),
                let offsets = (fields["data_offsets"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }),
                offsets.count == 2
            else {
                throw .invalidModel(path: path, reason: "tensor \(name) has no dtype, shape or data_offsets")
            }
            guard offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= dataSize else {
                throw .invalidModel(
                    path: path,
                    reason:
                        "tensor \(name) lies outside the file (bytes \(offsets[0])..<\(offsets[1]) of \(dataSize); truncated?)"
                )
            }
            if let width = Self.byteWidth[dtype], shape.reduce(width, *) != offsets[1] - offsets[0] {
                throw .invalidModel(
                    path: path,
                    reason:
                        "tensor \(name) has \(offsets[1] - offsets[0]) bytes, not \(shape.reduce(width, *)) for \(dtype) \(shape)"
                )
            }
            entries[name] = Entry(dtype: dtype, shape: shape, offsets: offsets[0]..<offsets[1])
        }
        self.entries = entries
        self.data = data
        self.dataStart = 8 + headerLength
    }

    private static let byteWidth = [
        "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1,
    ]

    /// A float32 tensor's values in row-major order.
    ///
    /// - Parameters:
    ///   - name: The tensor's name in the file's header.
    ///   - shape: The shape the caller expects; a mismatch is an error.
    /// - Returns: The values, `shape`'s product of them.
    /// - Throws: `EmbedError.invalidModel` for a missing tensor, or one of another type or
    ///   shape.
    public func floats(_ name: String, shape: [Int]) throws(EmbedError) -> [Float] {
        guard let entry = entries[name] else { throw .invalidModel(path: path, reason: "no tensor \(name)") }
        guard entry.dtype == "F32" else {
            throw .invalidModel(path: path, reason: "tensor \(name) is \(entry.dtype), not F32")
        }
        guard entry.shape == shape else {
            throw .invalidModel(path: path, reason: "tensor \(name) has shape \(entry.shape), not \(shape)")
        }
        let count = entry.offsets.count / 4
        let start = dataStart + entry.offsets.lowerBound
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[start..<(start + entry.offsets.count)])
                for index in 0..<count {
                    buffer[index] = Float(
                        bitPattern: UInt32(
                            littleEndian: source.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
                }
            }
            initialized = count
        }
    }
}
