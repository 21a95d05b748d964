import DriftEmbed
import Foundation
import Testing

/// The reader on small files written by the test: a good one and broken ones.
@Suite struct SafeTensorsTests {
    /// A file of one F32 tensor "w" of shape [2] holding 1.5 and -2, with `header` replaced
    /// when given and the data cut to `dataBytes`.
    func file(header: String? = nil, dataBytes: Int = 8, lengthField: UInt64? = nil) throws -> String {
        let json = header ?? #"{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
        var bytes: [UInt8] = []
        let length = lengthField ?? UInt64(json.utf8.count)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((length >> UInt64(shift)) & 0xFF)) }
        bytes += Array(json.utf8)
        for value in [Float(1.5), Float(-2)] {
            let bits = value.bitPattern
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((bits >> UInt32(shift)) & 0xFF)) }
        }
        bytes.removeLast(8 - dataBytes)
        let path = NSTemporaryDirectory() + "drift-safetensors-\(UUID().uuidString).safetensors"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func failure(_ path: String) -> String? {
        do {
            _ = try SafeTensors(path: path).floats("w", shape: [2])
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsATensor() throws {
        let tensors = try SafeTensors(path: try file())
        #expect(try tensors.floats("w", shape: [2]) == [1.5, -2])
        #expect(tensors.entries["w"]?.dtype == "F32")
    }

    @Test func aMissingFileIsNamed() {
        #expect(failure("/nonexistent/model.safetensors")?.contains("/nonexistent/model.safetensors not found") == true)
    }

    @Test func aTruncatedFileIsNamed() throws {
        let path = try file(dataBytes: 4)
        let message = try #require(failure(path))
        #expect(message.hasPrefix(path))
        #expect(message.contains("outside the file"))
    }

    @Test func aHeaderLongerThanTheFile() throws {
        #expect(try failure(file(lengthField: 1 << 40))?.contains("does not fit") == true)
    }

    @Test func aHeaderThatIsNotJSON() throws {
        #expect(try failure(file(header: "{not json"))?.contains("not JSON") == true)
    }

    @Test func aWrongShapeOrCount() throws {
        let path = try file()
        #expect(throws: EmbedError.self) { try SafeTensors(path: path).floats("w", shape: [3]) }
        #expect(throws: EmbedError.self) { try SafeTensors(path: path).floats("missing", shape: [2]) }
        let wrongCount = #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#
        #expect(try failure(file(header: wrongCount))?.contains("not 12") == true)
    }
}
