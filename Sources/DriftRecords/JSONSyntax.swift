/// Where JSON text first breaks RFC 8259, found before the text is decoded: `JSONDecoder`
/// names no place for a syntax error and lets some through (a trailing comma). One pass over
/// the bytes, without building values, with an explicit stack so that deep nesting cannot
/// exhaust the call stack.
enum JSONSyntax {
    /// A syntax error: the byte offset of the first character that cannot continue the text,
    /// or the end of the text when it ends too early.
    struct Failure: Equatable {
        var offset: Int
        var truncated: Bool
    }

    /// The first syntax error of `bytes`, or nil for one JSON value with white space around it.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// The open containers, innermost last: true for an object.
        var objects: [Bool] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        private var end: Failure { Failure(offset: bytes.count, truncated: true) }
        private var unexpected: Failure { Failure(offset: index, truncated: false) }

        mutating func run() -> Failure? {
            while true {
                // A value is expected here.
                skipSpace()
                guard index < bytes.count else { return end }
                switch bytes[index] {
                case UInt8(ascii: "{"):
                    index += 1
                    skipSpace()
                    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                        index += 1
                    } else {
                        objects.append(true)
                        if let failure = member() { return failure }
                        continue
                    }
                case UInt8(ascii: "["):
                    index += 1
                    skipSpace()
                    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                        index += 1
                    } else {
                        objects.append(false)
                        continue
                    }
                case UInt8(ascii: "\""):
                    if let failure = string() { return failure }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if let failure = number() { return failure }
                case UInt8(ascii: "t"):
                    if let failure = literal("true") { return failure }
                case UInt8(ascii: "f"):
                    if let failure = literal("false") { return failure }
                case UInt8(ascii: "n"):
                    if let failure = literal("null") { return failure }
                default:
                    return unexpected
                }
                // A value ended: close containers until one goes on with a comma.
                while true {
                    skipSpace()
                    guard let isObject = objects.last else { return index == bytes.count ? nil : unexpected }
                    guard index < bytes.count else { return end }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        if isObject, let failure = member() { return failure }
                        break
                    }
                    guard byte == UInt8(ascii: isObject ? "}" : "]") else { return unexpected }
                    index += 1
                    objects.removeLast()
                }
            }
        }

        /// A member's name and its colon.
        private mutating func member() -> Failure? {
            skipSpace()
            guard index < bytes.count else { return end }
            guard bytes[index] == UInt8(ascii: "\"") else { return unexpected }
            if let failure = string() { return failure }
            skipSpace()
            guard index < bytes.count else { return end }
            guard bytes[index] == UInt8(ascii: ":") else { return unexpected }
            index += 1
            return nil
        }

        private mutating func string() -> Failure? {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case 0..<0x20:
                    return unexpected
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { return end }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                        UInt8(ascii: "f"),
                        UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        index += 1
                        for _ in 0..<4 {
                            guard index < bytes.count else { return end }
                            guard Self.isHexDigit(bytes[index]) else { return unexpected }
                            index += 1
                        }
                    default:
                        return unexpected
                    }
                default:
                    index += 1
                }
            }
            return end
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        private mutating func number() -> Failure? {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { return end }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else if let failure = digits() {
                return failure
            }
            if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
                index += 1
                if let failure = digits() { return failure }
            }
            if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
                index += 1
                if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                    index += 1
                }
                if let failure = digits() { return failure }
            }
            return nil
        }

        /// One or more decimal digits.
        private mutating func digits() -> Failure? {
            guard index < bytes.count else { return end }
            guard Self.isDigit(bytes[index]) else { return unexpected }
            while index < bytes.count && Self.isDigit(bytes[index]) { index += 1 }
            return nil
        }

        private mutating func literal(_ word: StaticString) -> Failure? {
            for offset in 0..<word.utf8CodeUnitCount {
                guard index < bytes.count else { return end }
                guard bytes[index] == word.utf8Start[offset] else { return unexpected }
                index += 1
            }
            return nil
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

        private static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (0x61...0x66).contains(byte | 0x20)
        }
    }
}
