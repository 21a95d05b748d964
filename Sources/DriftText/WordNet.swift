#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Synonyms from Princeton WordNet 3.0's database files (Debian's `wordnet-base`), read once.
///
/// Two words are synonyms when one of their base forms shares a synset with one of the other's,
/// among each lemma's `senses` most frequent senses (rare senses make "bank" a synonym of too
/// much). Base forms come from WordNet's exception lists and its suffix rules (`morphy`):
/// "resigned" → "resign", "children" → "child".
public final class WordNet: Sendable {
    /// Where Debian installs the database.
    public static let defaultDirectory = "/usr/share/wordnet"

    /// Synset keys of each lemma (part of speech in the high digits), most frequent sense first.
    private let synsets: [String: [UInt32]]
    /// Inflected form → base forms, from the `*.exc` files.
    private let exceptions: [String: [String]]

    /// Loads the database.
    ///
    /// - Parameters:
    ///   - directory: The folder holding `index.noun`, `index.verb`, `index.adj`, `index.adv`.
    ///   - senses: How many of each lemma's senses count.
    /// - Throws: `WordNetError.missing` naming the first file that cannot be read.
    public init(directory: String = WordNet.defaultDirectory, senses: Int = 3) throws(WordNetError) {
        var synsets: [String: [UInt32]] = [:]
        var exceptions: [String: [String]] = [:]
        for (part, name) in ["noun", "verb", "adj", "adv"].enumerated() {
            let path = directory + "/index." + name
            guard let bytes = Self.read(path) else { throw .missing(path: path) }
            Self.parseIndex(bytes, part: UInt32(part), senses: senses, into: &synsets)
            if let exceptionBytes = Self.read(directory + "/" + name + ".exc") {
                Self.parseExceptions(exceptionBytes, into: &exceptions)
            }
        }
        self.synsets = synsets
        self.exceptions = exceptions
    }

    /// The number of lemmas known.
    public var lemmaCount: Int { synsets.count }

    /// The base forms of a lower-case word that WordNet knows, the word itself first if known.
    public func lemmas(of word: String) -> [String] {
        var result: [String] = []
        func add(_ candidate: String) {
            if synsets[candidate] != nil && !result.contains(candidate) { result.append(candidate) }
        }
        add(word)
        for base in exceptions[word] ?? [] { add(base) }
        for (suffix, replacement) in Self.suffixRules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            add(String(word.dropLast(suffix.count)) + replacement)
        }
        return result
    }

    /// Whether two lower-case words share a base form or a synset.
    public func areSynonyms(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let left = lemmas(of: a)
        let right = lemmas(of: b)
        if left.contains(where: right.contains) { return true }
        let keys = Set(left.flatMap { synsets[$0] ?? [] })
        return right.contains { (synsets[$0] ?? []).contains(where: keys.contains) }
    }

    private static let suffixRules: [(String, String)] = [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""),
        ("est", ""), ("er", "e"), ("est", "e"),
    ]

    /// `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`; licence lines start
    /// with a space.
    private static func parseIndex(_ bytes: [UInt8], part: UInt32, senses: Int, into synsets: inout [String: [UInt32]]) {
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: " ") {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count >= 6, let pointerCount = number(fields[3]), fields.count > 6 + pointerCount else { continue }
            let offsets = fields[(6 + pointerCount)...].prefix(senses).compactMap(number)
            let lemma = String(decoding: fields[0], as: UTF8.self).replacing("_", with: " ")
            synsets[lemma, default: []].append(contentsOf: offsets.map { part * 100_000_000 + UInt32($0) })
        }
    }

    private static func parseExceptions(_ bytes: [UInt8], into exceptions: inout [String: [String]]) {
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count >= 2 else { continue }
            exceptions[fields[0], default: []].append(contentsOf: fields.dropFirst())
        }
    }

    private static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard !field.isEmpty, field.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return field.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[..<count])
        }
        return ferror(file) == 0 ? bytes : nil
    }
}
