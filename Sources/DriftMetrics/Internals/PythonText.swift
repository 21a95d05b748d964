/// The parts of Python's `str` that sacreBLEU's results depend on: what `split()` and
/// `strip()` count as white space, and `lower()` with its final-sigma rule. drift copies them
/// so that its scores are identical to sacreBLEU's on any input.
enum PythonText {
    /// Python's `str.isspace` for one character.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// `str.split()`: the runs of non-white-space characters.
    static func split(_ scalars: some Collection<Unicode.Scalar>) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in scalars {
            if isSpace(scalar) {
                if !word.isEmpty {
                    words.append(String(word))
                    word = String.UnicodeScalarView()
                }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// `str.rstrip()`.
    static func rstrip(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var end = scalars.endIndex
        while end > scalars.startIndex, isSpace(scalars[end - 1]) { end -= 1 }
        return scalars[..<end]
    }

    /// `str.strip()`.
    static func strip(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        return scalars[start..<end]
    }

    /// `str.lower()`: full Unicode lower-case mappings, with capital sigma becoming final sigma
    /// at the end of a word.
    static func lower(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        if scalars.allSatisfy({ $0.isASCII }) {
            return scalars.map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 0x20)! : $0 }
        }
        let source = Array(scalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(source.count)
        for (index, scalar) in source.enumerated() {
            if scalar == "\u{03A3}" {
                result.append(isFinalSigma(at: index, in: source) ? "\u{03C2}" : "\u{03C3}")
            } else if scalar.isASCII {
                result.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
            } else {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    /// Python's `Final_Sigma` test: a cased letter before (skipping case-ignorable characters)
    /// and none after.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }

    /// `str.replace(old, new)` on scalars.
    static func replace(_ old: String, with new: String, in scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let pattern = Array(old.unicodeScalars)
        guard let first = pattern.first, scalars.contains(first) else { return scalars }
        let replacement = Array(new.unicodeScalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            if scalars[i] == first, scalars[i...].starts(with: pattern) {
                result.append(contentsOf: replacement)
                i += pattern.count
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return result
    }

    /// `re.sub` for a pattern of two single-character classes, `(A)(B)`, whose replacement puts
    /// a space between the two characters and one before (`r' \1 \2'`) or after
    /// (`r'\1 \2 '`) them. Matches do not overlap and are searched from left to right, as
    /// Python does.
    static func substitutePairs(
        _ scalars: [Unicode.Scalar],
        first: (Unicode.Scalar) -> Bool,
        second: (Unicode.Scalar) -> Bool,
        spaceBefore: Bool
    ) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count + scalars.count / 4)
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, first(scalars[i]), second(scalars[i + 1]) {
                if spaceBefore { result.append(" ") }
                result.append(scalars[i])
                result.append(" ")
                result.append(scalars[i + 1])
                if !spaceBefore { result.append(" ") }
                i += 2
            } else {
                result.append(scalars[i])
                i += 1
            }
        }
        return result
    }

    /// `re.sub(r"(C)", r" \1 ", s)` for a single-character class C.
    static func spaceAround(_ scalars: [Unicode.Scalar], where matches: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars {
            if matches(scalar) {
                result.append(" ")
                result.append(scalar)
                result.append(" ")
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// Whether `scalar` is an ASCII digit, `[0-9]`.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
}
