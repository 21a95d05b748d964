/// The pieces of a vocabulary by their UTF-8 bytes: an open-addressing hash table (FNV-1a)
/// over one buffer of all pieces, so that a lookup needs no `String`.
struct PieceTable: Sendable {
    /// The bytes of the longest piece.
    let longest: Int
    private let text: [UInt8]
    /// Where each piece's bytes begin in `text`, and the end.
    private let offsets: [Int]
    /// Piece id + 1 in each slot, 0 for an empty one; a power of two long.
    private let slots: [Int32]

    init(_ pieces: [String]) {
        var text: [UInt8] = []
        var offsets = [0]
        for piece in pieces {
            text += piece.utf8
            offsets.append(text.count)
        }
        var capacity = 1
        while capacity < 2 * pieces.count { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var longest = 0
        text.withUnsafeBufferPointer { text in
            for index in pieces.indices where offsets[index] < offsets[index + 1] {
                let bytes = UnsafeBufferPointer(rebasing: text[offsets[index]..<offsets[index + 1]])
                longest = max(longest, bytes.count)
                var slot = Self.hash(bytes) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(index + 1)
            }
        }
        self.text = text
        self.offsets = offsets
        self.slots = slots
        self.longest = longest
    }

    /// The id of the piece spelt by `bytes`, if any (the first, should two be equal).
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if offsets[index + 1] - offsets[index] == bytes.count
                && text.withUnsafeBufferPointer({ text in
                    text[offsets[index]..<offsets[index + 1]].elementsEqual(bytes)
                })
            {
                return Int32(index)
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash)
    }
}
