/// Keys for comparing names across spellings, scripts and transliterations.
///
/// `folded` is the name transliterated to ASCII, case-folded and stripped of everything but
/// letters and digits: "Al-Rifai", "al Rifaï" and "АЛЬ-РИФАИ" fold alike. `skeleton` goes
/// further and keeps a rough consonant outline, so that common transliteration variants meet:
/// "Muhammad"/"Mohammed" → `mhmd`, "al-Qaeda"/"Al Qaida" → `alkd`, "Tchaikovsky"/"Chaikovsky".
public struct NameKey: Sendable, Hashable {
    /// ASCII letters and digits, lower case.
    public let folded: String
    /// The consonant outline of `folded`: a leading vowel becomes `a`, other vowels go, digraphs
    /// that spell one sound are unified and doubled letters are collapsed.
    public let skeleton: String

    /// Creates the key of a name.
    ///
    /// - Parameters:
    ///   - name: The name as written.
    ///   - transliterator: Used for text outside ASCII; see `Transliterator`.
    public init(_ name: String, transliterator: Transliterator) {
        let ascii = name.utf8.allSatisfy { $0 < 0x80 } ? name : transliterator.transliterate(name)
        let folded = ascii.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: Character(scalar)
            case 0x41...0x5A: Character(Unicode.Scalar(scalar.value + 0x20)!)
            default: nil
            }
        }
        self.folded = String(folded)
        self.skeleton = Self.skeleton(of: Array(self.folded.utf8))
    }

    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    private static func skeleton(of letters: [UInt8]) -> String {
        // Spellings of one sound, longest first.
        let digraphs: [(String, String)] = [
            ("tch", "c"), ("sch", "s"), ("ch", "c"), ("sh", "s"), ("ph", "f"), ("ck", "k"), ("kh", "k"),
            ("gh", "g"), ("th", "t"), ("dh", "d"), ("q", "k"), ("c", "k"), ("z", "s"), ("w", "v"), ("j", "y"),
        ]
        var units: [UInt8] = []
        var i = 0
        outer: while i < letters.count {
            for (from, to) in digraphs {
                let pattern = Array(from.utf8)
                if letters[i...].starts(with: pattern) {
                    // "ch" and "sh" keep a mark of their own so that they differ from "c" and "s".
                    units.append(contentsOf: to.utf8)
                    if from == "ch" || from == "tch" || from == "sh" || from == "sch" {
                        units.append(UInt8(ascii: "h"))
                    }
                    i += pattern.count
                    continue outer
                }
            }
            units.append(letters[i])
            i += 1
        }
        var result: [UInt8] = []
        for (index, unit) in units.enumerated() {
            if vowels.contains(unit) {
                if index == 0 { result.append(UInt8(ascii: "a")) }
                continue
            }
            if result.last != unit { result.append(unit) }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
