import DriftIO

/// Synonyms, antonyms and parts of speech from Princeton WordNet 3.0's database files (Debian's
/// `wordnet-base`), read once.
///
/// Two words are synonyms when one of their base forms shares a synset with one of the other's,
/// among each lemma's `senses` most frequent senses (rare senses make "bank" a synonym of too
/// much). Base forms come from WordNet's exception lists and its suffix rules (`morphy`):
/// "resigned" → "resign", "children" → "child".
public final class WordNet: Sendable {
    /// Where Debian installs the database.
    public static let defaultDirectory = "/usr/share/wordnet"

    /// Synset keys of each lemma's senses (part of speech in the high digits), most frequent
    /// first per part; `frequent` marks the first `senses` of each part.
    private let synsets: [String: [UInt32]]
    /// The bit of a key in `synsets` that marks one of the lemma's frequent senses.
    private static let frequent: UInt32 = 1 << 31
    /// Inflected form → base forms, from the `*.exc` files.
    private let exceptions: [String: [String]]
    /// Irregular verb forms and their base forms, from `verb.exc` ("said" → "say").
    private let verbExceptions: [String: [String]]
    /// Each lemma's most frequent part of speech (by WordNet's tagged sense counts).
    private let parts: [String: PartOfSpeech]
    /// Each lemma's tagged senses over all parts of speech: how often the SemCor corpus that
    /// WordNet counts uses it (0 for a word English text rarely uses: "rouge", "chapeau").
    private let taggedSenses: [String: Int]
    /// Pairs of synset keys (`first << 32 | second`) whose words are antonyms, both ways; an
    /// adjective satellite's pairs include its head's ("wet" ↔ "soggy"'s head "dry").
    private let antonymPairs: Set<UInt64>
    /// Each synset's hypernyms (`@`) and the classes it is an instance of (`@i`).
    private let hypernyms: SynsetLinks
    /// The synsets that are instances of a class: people and places by name ("Berlin" of
    /// "national capital", "Einstein" of "physicist").
    private let instances: Set<UInt32>
    /// Each synset's near relations, both ways: adjectives similar in meaning (`&`) and words
    /// derived from one another (`+`, "decide" ↔ "decision").
    private let neighbours: SynsetLinks

    /// Loads the database.
    ///
    /// - Parameters:
    ///   - directory: The folder holding `index.noun`, `index.verb`, `index.adj`, `index.adv`.
    ///   - senses: How many of each lemma's senses count.
    /// - Throws: `WordNetError.missing` naming the first file that cannot be read.
    public init(directory: String = WordNet.defaultDirectory, senses: Int = 3) throws(WordNetError) {
        var synsets: [String: [UInt32]] = [:]
        var exceptions: [String: [String]] = [:]
        var frequencies: [String: (part: PartOfSpeech, count: Int)] = [:]
        var taggedSenses: [String: Int] = [:]
        var antonymPairs: Set<UInt64> = []
        var hypernyms = SynsetLinks()
        var instances: Set<UInt32> = []
        var neighbours = SynsetLinks()
        var verbExceptions: [String: [String]] = [:]
        for part in PartOfSpeech.allCases {
            let path = directory + "/index." + part.fileName
            guard let bytes = Self.read(path) else { throw .missing(path: path) }
            Self.parseIndex(
                bytes, part: part, senses: senses, into: &synsets, frequencies: &frequencies, tagged: &taggedSenses)
            if let exceptionBytes = Self.read(directory + "/" + part.fileName + ".exc") {
                Self.parseExceptions(exceptionBytes, into: &exceptions)
                if part == .verb { Self.parseExceptions(exceptionBytes, into: &verbExceptions) }
            }
            // The pointers between synsets; without the data file, none from this part.
            if let dataBytes = Self.read(directory + "/data." + part.fileName) {
                Self.parsePointers(
                    dataBytes, part: part, antonyms: &antonymPairs, hypernyms: &hypernyms, instances: &instances,
                    neighbours: &neighbours)
            }
        }
        self.synsets = synsets
        self.exceptions = exceptions
        self.parts = frequencies.mapValues(\.part)
        self.taggedSenses = taggedSenses
        self.antonymPairs = antonymPairs
        hypernyms.seal()
        neighbours.seal()
        self.hypernyms = hypernyms
        self.instances = instances
        self.neighbours = neighbours
        self.verbExceptions = verbExceptions
    }

    /// Whether a lower-case word is an irregular verb form that WordNet lists ("said", "went",
    /// "fell"); such forms are past tenses or participles.
    public func isIrregularVerbForm(_ word: String) -> Bool {
        verbExceptions[word] != nil
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

    /// A lower-case word's base forms and senses, for `areSynonyms` and `areAntonyms` with many
    /// other words.
    public func senses(of word: String) -> WordSenses {
        let lemmas = lemmas(of: word)
        var keys: [UInt32] = []
        for lemma in lemmas {
            for key in synsets[lemma] ?? [] where key & Self.frequent != 0 {
                let key = key & ~Self.frequent
                if !keys.contains(key) { keys.append(key) }
            }
        }
        return WordSenses(word: word, lemmas: lemmas, keys: keys)
    }

    /// Whether two lower-case words share a base form or a synset.
    public func areSynonyms(_ a: String, _ b: String) -> Bool {
        a == b || areSynonyms(senses(of: a), senses(of: b))
    }

    /// Whether two words share a base form or a synset.
    public func areSynonyms(_ a: WordSenses, _ b: WordSenses) -> Bool {
        a.word == b.word || a.lemmas.contains(where: b.lemmas.contains) || a.keys.contains(where: b.keys.contains)
    }

    /// Whether two lower-case words are antonyms: one of each one's base forms' senses is the
    /// opposite of one of the other's ("praised"/"criticised", "rose"/"fell", "wet"/"dry").
    public func areAntonyms(_ a: String, _ b: String) -> Bool {
        a != b && areAntonyms(senses(of: a), senses(of: b))
    }

    /// Whether two words are antonyms: one of each one's senses is the opposite of one of the
    /// other's.
    public func areAntonyms(_ a: WordSenses, _ b: WordSenses) -> Bool {
        guard a.word != b.word else { return false }
        return b.keys.contains { key in a.keys.contains { antonymPairs.contains(UInt64($0) << 32 | UInt64(key)) } }
    }

    /// Whether two words say the same thing more or less broadly: synonyms; one a kind or an
    /// instance of the other within `levels` hypernym steps ("corn" → "grain", "Berlin" →
    /// "capital", "violin" → "instrument"); adjectives of similar meaning ("wet" → "soggy"); or
    /// one derived from the other ("decide" → "decision"). Two kinds of one thing ("guitar" →
    /// "violin") and unrelated words are not.
    public func areRelated(_ a: WordSenses, _ b: WordSenses, levels: Int = 3) -> Bool {
        if areSynonyms(a, b) { return true }
        // Every sense counts here: a rare sense that relates the words is reason enough to
        // leave a rewording to the learned score.
        let a = a.lemmas.flatMap(everySense)
        let b = b.lemmas.flatMap(everySense)
        let near = a.contains { key in neighbours.targets(of: key).contains(where: b.contains) }
        return near || !ancestors(of: a, levels: levels).isDisjoint(with: b)
            || !ancestors(of: b, levels: levels).isDisjoint(with: a)
    }

    /// Whether two words name kinds of one thing: one of each one's frequent senses shares a
    /// hypernym with the other's within `levels` steps ("helicopter" and "airplane", both
    /// aircraft; "guitar" and "violin").
    public func areKin(_ a: WordSenses, _ b: WordSenses, levels: Int = 2) -> Bool {
        !ancestors(of: a.keys, levels: levels).isDisjoint(with: ancestors(of: b.keys, levels: levels))
    }

    /// The synsets within `levels` hypernym steps above `keys` (not `keys` themselves).
    private func ancestors(of keys: [UInt32], levels: Int) -> Set<UInt32> {
        var frontier = keys
        var seen = Set<UInt32>()
        for _ in 0..<levels {
            frontier = frontier.flatMap(hypernyms.targets).filter { seen.insert($0).inserted }
        }
        return seen
    }

    /// Whether a lower-case word is first of all a name in WordNet: its most frequent sense is
    /// an instance of a class, a person or a place ("berlin", "einstein"; not "land", first of
    /// all the ground). Such names are written alike in many languages.
    public func isFirstAName(_ word: String) -> Bool {
        everySense(of: word).first.map(instances.contains) ?? false
    }

    /// The keys of every sense of a lemma, frequent or not.
    private func everySense(of lemma: String) -> [UInt32] {
        (synsets[lemma] ?? []).map { $0 & ~Self.frequent }
    }

    /// Whether a lower-case word is one WordNet knows but English text rarely uses: none of its
    /// base forms has a tagged sense ("rouge", "chapeau", "gens"; not "red", "route").
    public func isRare(_ word: String) -> Bool {
        let bases = lemmas(of: word)
        return !bases.isEmpty && bases.allSatisfy { taggedSenses[$0, default: 0] == 0 }
    }

    /// Whether a lower-case word can be a verb: one of its base forms has a verb sense.
    public func canBeVerb(_ word: String) -> Bool {
        lemmas(of: word).contains { base in
            (synsets[base] ?? []).contains {
                $0 & Self.frequent != 0 && ($0 & ~Self.frequent) / 100_000_000 == PartOfSpeech.verb.rawValue
            }
        }
    }

    /// The part of speech of a lower-case word: its base forms' most frequent one, a verb for
    /// an "-ed" or "-ing" form that can be one; nil when WordNet does not know the word.
    public func partOfSpeech(of word: String) -> PartOfSpeech? {
        let inflected = word.hasSuffix("ed") || word.hasSuffix("ing") || verbExceptions[word] != nil
        if inflected && canBeVerb(word) { return .verb }
        return lemmas(of: word).lazy.compactMap { self.parts[$0] }.first
    }

    private static let suffixRules: [(String, String)] = [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
        ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""),
        ("est", ""), ("er", "e"), ("est", "e"),
    ]

    /// `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…`; licence lines start
    /// with a space.
    private static func parseIndex(
        _ bytes: [UInt8], part: PartOfSpeech, senses: Int, into synsets: inout [String: [UInt32]],
        frequencies: inout [String: (part: PartOfSpeech, count: Int)], tagged: inout [String: Int]
    ) {
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: " ") {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count >= 6, let pointerCount = number(fields[3]), fields.count > 6 + pointerCount else {
                continue
            }
            let offsets = fields[(6 + pointerCount)...].compactMap(number)
            let lemma = String(decoding: fields[0].lazy.map { $0 == 0x5F ? 0x20 : $0 }, as: UTF8.self)
            synsets[lemma, default: []].append(
                contentsOf: offsets.enumerated().map { rank, offset in
                    part.rawValue * 100_000_000 + UInt32(offset) | (rank < senses ? Self.frequent : 0)
                })
            // Tagged senses, plus one so that an untagged part still counts; the first part read wins ties.
            let taggedCount = number(fields[5 + pointerCount]) ?? 0
            tagged[lemma, default: 0] += taggedCount
            let count = taggedCount + 1
            if count > frequencies[lemma]?.count ?? 0 { frequencies[lemma] = (part, count) }
        }
    }

    /// The pointers of a data file between synsets: antonyms (`!`), where an adjective
    /// satellite (`&`, similar to) also takes its head's; hypernyms (`@`, `@i`); similar
    /// adjectives and derived words (`&`, `+`) as neighbours both ways. A data line is `offset
    /// lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]…`.
    private static func parsePointers(
        _ bytes: [UInt8], part: PartOfSpeech, antonyms pairs: inout Set<UInt64>, hypernyms: inout SynsetLinks,
        instances: inout Set<UInt32>, neighbours: inout SynsetLinks
    ) {
        var antonyms: [UInt32: [UInt32]] = [:]
        var similar: [UInt32: [UInt32]] = [:]
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: " ") {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 400)
            guard fields.count > 4, let offset = number(fields[0]), let wordCount = hexNumber(fields[3]) else {
                continue
            }
            let pointerAt = 4 + 2 * wordCount
            guard fields.count > pointerAt, let pointerCount = number(fields[pointerAt]) else { continue }
            let key = part.rawValue * 100_000_000 + UInt32(offset)
            for pointer in 0..<pointerCount {
                let at = pointerAt + 1 + 4 * pointer
                guard fields.count > at + 3, let target = number(fields[at + 1]),
                    let targetPart = PartOfSpeech(symbol: fields[at + 2].first ?? 0)
                else { break }
                let targetKey = targetPart.rawValue * 100_000_000 + UInt32(target)
                let symbol = fields[at]
                if symbol.elementsEqual("!".utf8) {
                    antonyms[key, default: []].append(targetKey)
                } else if symbol.elementsEqual("@".utf8) {
                    hypernyms.add(key, targetKey)
                } else if symbol.elementsEqual("@i".utf8) {
                    hypernyms.add(key, targetKey)
                    instances.insert(key)
                } else if symbol.elementsEqual("&".utf8) || symbol.elementsEqual("+".utf8) {
                    if symbol.first == UInt8(ascii: "&") { similar[key, default: []].append(targetKey) }
                    neighbours.add(key, targetKey)
                    neighbours.add(targetKey, key)
                }
            }
        }
        for (key, opposites) in antonyms {
            for opposite in opposites {
                // Both senses, and every satellite of either head.
                let left = [key] + similar[key, default: []]
                let right = [opposite] + similar[opposite, default: []]
                for a in left {
                    for b in right {
                        pairs.insert(UInt64(a) << 32 | UInt64(b))
                        pairs.insert(UInt64(b) << 32 | UInt64(a))
                    }
                }
            }
        }
    }

    private static func hexNumber(_ field: ArraySlice<UInt8>) -> Int? {
        Int(String(decoding: field, as: UTF8.self), radix: 16)
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

    private static func read(_ path: String) -> [UInt8]? { try? FileIO.bytes(at: path) }
}
