import DriftAlign
import DriftChecks
import DriftText

/// Accounts for every content word of a pair: each is matched on the other side (same word or
/// stem, equal quantity, name variant, close spelling, WordNet synonym) or it is typed
/// evidence: lost, added, replaced by a word of another meaning (name, number, day, antonym,
/// pronoun, negation, modality, tense, question, swapped roles, foreign word), or reworded
/// together with unmatched words in the same place.
///
/// The work is bounded: a pair of sentences is compared word with word, but where the two
/// sides hold more than `maxComparisons` pairs of open words (a scraped page judged as one
/// pair), each word is compared only with the words within `reach` places of its relative
/// position on the other side. Every other pass is linear or n log n in the words.
struct WordAccounting {
    /// The most pairs of open words compared all with all.
    static let maxComparisons = 256 * 256
    /// How many places either side of its relative position a word looks in a larger pair.
    static let reach = 128

    /// A matched pair of content words: indices into each side's `content`.
    struct Match {
        var reference: Int
        var version: Int
        var kind: MatchKind
    }

    /// The matches, in the reference's order.
    private(set) var matches: [Match] = []
    /// Whether each reference content word is accounted for (matched or part of a quantity
    /// that is).
    private(set) var keptReference: [Bool]
    /// Whether each version content word is accounted for.
    private(set) var keptVersion: [Bool]
    /// The evidence, strongest first.
    private(set) var evidence: [Evidence] = []

    /// Accounts for the words of `reference` in `version`.
    ///
    /// - Parameters:
    ///   - reference: The reference sentence, read into words.
    ///   - version: The version's sentence, read into words.
    ///   - wordNet: Synonyms, antonyms and parts of speech, or nil.
    ///   - context: The folded forms and stems of the whole reference document: a name the
    ///     reference uses elsewhere is not a mangled one.
    ///   - lexicon: The language's closed word lists: negation, modality, directions of change.
    init(
        _ reference: PairSide, _ version: PairSide, wordNet: WordNet?, context: Set<String>,
        lexicon: Lexicon = .english
    ) {
        let left = reference.content
        let right = version.content
        keptReference = Array(repeating: false, count: left.count)
        keptVersion = Array(repeating: false, count: right.count)
        var replacements: [Evidence] = []
        accountQuantities(reference, version, left, right, into: &replacements)
        accountUnits(reference, version, left, right)
        var matcher = WordMatcher(wordNet: wordNet)
        matchWords(left, right, matcher: &matcher, context: context, into: &replacements)
        replacements += typedReplacements(left, right, wordNet: wordNet, lexicon: lexicon)
        replacements += Self.grammar(
            reference, version, left, right, matches: matches, wordNet: wordNet, lexicon: lexicon)
        let phrases = absorbPhrases(left, right)
        let groups = groups(reference, version, left, right, wordNet: wordNet)
        // Where every content word is accounted for, a subject pronoun dropped is a subject
        // lost, and one negation dropped of two reverses its clause as surely as the only one.
        if groups.isEmpty && phrases.isEmpty {
            if lexicon.language == "en", !replacements.contains(where: { $0.replacementKind == .pronoun }),
                let pronoun = Pronouns.dropped(reference.words.map(\.lowercased), version.words.map(\.lowercased))
            {
                replacements.append(.replaced(.pronoun, reference: pronoun, version: ""))
            }
            if !replacements.contains(where: { $0.replacementKind == .negation }),
                let negation = Self.negation(reference, version, byCount: true)
            {
                replacements.append(negation)
            }
        }
        evidence = replacements.filter(\.changesMeaning) + groups + phrases + replacements.filter { !$0.changesMeaning }
    }

    // MARK: Quantities

    /// Matches equal quantities word for word and reports the replaced ones ("4.2 million" →
    /// "42 million"); a quantity dropped or added alone is left to the word groups.
    private mutating func accountQuantities(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord],
        into evidence: inout [Evidence]
    ) {
        func words(of quantity: Quantity, in content: [JudgedWord]) -> [Int] {
            content.indices.filter { quantity.tokens.contains(content[$0].token) }
        }
        var unmatchedLeft: [Quantity] = []
        var usedRight = Set<Int>()
        for quantity in reference.quantities {
            if let other = version.quantities.indices.first(where: {
                !usedRight.contains($0) && version.quantities[$0].isSame(as: quantity)
            }) {
                usedRight.insert(other)
                let leftWords = words(of: quantity, in: left)
                let rightWords = words(of: version.quantities[other], in: right)
                for i in leftWords { keptReference[i] = true }
                for j in rightWords { keptVersion[j] = true }
                if let i = leftWords.first, let j = rightWords.first {
                    matches.append(Match(reference: i, version: j, kind: .quantity))
                }
            } else {
                unmatchedLeft.append(quantity)
            }
        }
        var unmatchedRight = version.quantities.indices.filter { !usedRight.contains($0) }.map {
            version.quantities[$0]
        }
        // A quantity replaced by one of its kind.
        for old in unmatchedLeft {
            guard let index = unmatchedRight.firstIndex(where: { Self.comparable($0.kind, old.kind) }) else { continue }
            let new = unmatchedRight.remove(at: index)
            for i in words(of: old, in: left) { keptReference[i] = true }
            for j in words(of: new, in: right) { keptVersion[j] = true }
            let kind: ReplacementKind = old.kind == .day || old.kind == .month ? .date : .number
            evidence.append(.replaced(kind, reference: old.text, version: new.text))
        }
    }

    /// Whether a quantity of one kind can stand in the place of another: the same kind, or a
    /// number and a percentage.
    private static func comparable(_ a: Quantity.Kind, _ b: Quantity.Kind) -> Bool {
        a == b || Set([a, b]) == [.number, .percent]
    }

    // MARK: Words

    /// Pairs content words one to one: the same spelling first, then the closest kind, then the
    /// nearest relative position.
    private mutating func matchWords(
        _ left: [JudgedWord], _ right: [JudgedWord], matcher: inout WordMatcher, context: Set<String>,
        into evidence: inout [Evidence]
    ) {
        let openLeft = left.indices.filter { !keptReference[$0] }
        let openRight = right.indices.filter { !keptVersion[$0] }
        var kinds: [Int: [Int: MatchKind]] = [:]
        for (a, i) in openLeft.enumerated() {
            for b in Self.neighbourhood(of: a, count: openLeft.count, otherCount: openRight.count) {
                let j = openRight[b]
                if let kind = matcher.match(left[i], right[j]) { kinds[i, default: [:]][j] = kind }
            }
        }
        // The closest kind each version word has with any reference word.
        var closest: [Int: MatchKind] = [:]
        for row in kinds.values {
            for (j, kind) in row where closest[j].map({ kind < $0 }) ?? true { closest[j] = kind }
        }
        var used = Set<Int>()
        // Words spelt the same and in the same order first (a longest common subsequence), so
        // that a word written twice keeps its partner in order and no kept word looks moved.
        let inOrder = Self.inOrderPairs(
            openLeft.map { left[$0].features.folded }, openRight.map { right[$0].features.folded })
        for (i, j) in inOrder.map({ (openLeft[$0], openRight[$1]) }) where kinds[i]?[j] != nil {
            used.insert(j)
            matches.append(Match(reference: i, version: j, kind: kinds[i]![j]!))
            keptReference[i] = true
            keptVersion[j] = true
        }
        // Then two passes: words spelt the same first (so that "seeing" keeps "seeing" and
        // "sees" finds "saw"), then the rest, closest kind and then nearest place first.
        for exactOnly in [true, false] {
            for i in openLeft where !keptReference[i] {
                guard let row = kinds[i] else { continue }
                var best: (index: Int, kind: MatchKind, distance: Double)?
                for (j, kind) in row
                where !used.contains(j) && (!exactOnly || left[i].features.folded == right[j].features.folded) {
                    let distance = abs(Double(i) / Double(max(left.count, 1)) - Double(j) / Double(max(right.count, 1)))
                    if best == nil || (kind, distance, j) < (best!.kind, best!.distance, best!.index) {
                        best = (j, kind, distance)
                    }
                }
                guard let best else { continue }
                used.insert(best.index)
                matches.append(Match(reference: i, version: best.index, kind: best.kind))
                keptReference[i] = true
                keptVersion[best.index] = true
                noteSpelling(
                    left[i], right[best.index], row: row, closestInColumn: closest[best.index], kind: best.kind,
                    context: context, into: &evidence)
            }
        }
        matches.sort { $0.reference < $1.reference }
    }

    /// The pairs (indices into `left` and `right`) of a longest common subsequence of two
    /// sequences of spellings, of those the copies nearest in relative place; none when the
    /// pair is larger than `maxComparisons`.
    static func inOrderPairs(_ left: [String], _ right: [String]) -> [(Int, Int)] {
        let n = left.count
        let m = right.count
        guard n > 0, m > 0, n * m <= maxComparisons else { return [] }
        // lengths[i * (m + 1) + j]: the LCS of left[i...] and right[j...].
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] =
                    left[i] == right[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < n && j < m {
            if left[i] == right[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else {
                let down = lengths[(i + 1) * (m + 1) + j]
                let right = lengths[i * (m + 1) + j + 1]
                // Either way keeps the longest: step the side that is behind in relative
                // place, so that the copies paired are the nearest in place.
                if down > right || (down == right && i * m < j * n) { i += 1 } else { j += 1 }
            }
        }
        return pairs
    }

    /// The evidence of a pair matched by spelling: a mangled name when a capitalised pair has
    /// other consonants ("Anbar" → "Amber"; variants that add or drop one, "Rifai"/"Rufaji",
    /// are transliterations), a spelling slip otherwise.
    private func noteSpelling(
        _ reference: JudgedWord, _ version: JudgedWord, row: [Int: MatchKind], closestInColumn: MatchKind?,
        kind: MatchKind,
        context: Set<String>, into evidence: inout [Evidence]
    ) {
        guard kind == .spelling else { return }
        let (a, b) = (reference.features, version.features)
        let closerElsewhere = row.values.contains { $0 < .spelling } || (closestInColumn ?? .synonym) < .spelling
        if a.isCapitalized && b.isCapitalized && Self.consonantsSwapped(a.nameSkeleton, b.nameSkeleton)
            && !closerElsewhere
            && !context.contains(b.folded) && !context.contains(b.stem) && !b.folded.hasPrefix(a.folded)
            && !a.folded.hasPrefix(b.folded)
        {
            let change = Evidence.replaced(.mangledName, reference: a.text, version: b.text)
            if !evidence.contains(change) { evidence.append(change) }
        } else if !a.isCapitalized || !b.isCapitalized {
            evidence.append(.replaced(.spelling, reference: a.text, version: b.text))
        }
    }

    /// Whether two name skeletons have the same length but other consonants, counting "p" and
    /// "f" ("Pharez"/"Perez") as one.
    private static func consonantsSwapped(_ a: String, _ b: String) -> Bool {
        let x = String(a.map { $0 == "p" ? "f" : $0 })
        let y = String(b.map { $0 == "p" ? "f" : $0 })
        return x.count == y.count && x != y
    }

    /// Unmatched words that stand for another meaning: a name for a name, an antonym, a
    /// foreign word. They are accounted for as replacements.
    private mutating func typedReplacements(
        _ left: [JudgedWord], _ right: [JudgedWord], wordNet: WordNet?, lexicon: Lexicon
    ) -> [Evidence] {
        var evidence: [Evidence] = []
        // Antonyms first: they are the surest. WordNet's in English, the lexicon's directions of
        // change elsewhere ("baissé" → "augmenté").
        func opposite(_ a: String, _ b: String) -> Bool {
            wordNet?.areAntonyms(a, b) ?? lexicon.areOpposite(a, b)
        }
        if wordNet != nil || !lexicon.directions.isEmpty {
            for i in left.indices where !keptReference[i] {
                guard
                    let j = Self.neighbourhood(of: i, count: left.count, otherCount: right.count)
                        .first(where: { !keptVersion[$0] && opposite(left[i].lowercased, right[$0].lowercased) })
                else { continue }
                keptReference[i] = true
                keptVersion[j] = true
                evidence.append(.replaced(.antonym, reference: left[i].features.text, version: right[j].features.text))
            }
        }
        // A name in the place of another, nearest first.
        for i in left.indices where !keptReference[i] && left[i].role == .name {
            let candidates = Self.neighbourhood(of: i, count: left.count, otherCount: right.count)
                .filter { !keptVersion[$0] && right[$0].role == .name }
            guard
                let j = candidates.min(by: {
                    abs(relative($0, right.count) - relative(i, left.count))
                        < abs(relative($1, right.count) - relative(i, left.count))
                })
            else { continue }
            keptReference[i] = true
            keptVersion[j] = true
            evidence.append(.replaced(.name, reference: left[i].features.text, version: right[j].features.text))
        }
        // Another language's word: one WordNet does not know, in lower case; a capitalised word
        // inside the sentence in the place of a lower-case one ("the old Haus"); or a word
        // English rarely uses in the place of a common one ("a rouge bird").
        if let wordNet {
            let forward = matches.map { ($0.reference, $0.version) }
            for j in right.indices
            where !keptVersion[j] && right[j].features.kind == .word && right[j].features.folded.count >= 3 {
                let counterpart = Self.neighbourhood(of: j, count: right.count, otherCount: left.count)
                    .first { !keptReference[$0] && Self.sameGap($0, j, forward) }
                let lowerCaseCounterpart =
                    counterpart.map { !left[$0].features.isCapitalized && left[$0].role != .number } == true
                let unknown = right[j].role == .other && !right[j].features.isCapitalized
                let capitalised = right[j].role == .name && !right[j].startsSentence && lowerCaseCounterpart
                // A rare word that WordNet files with its counterpart ("helicopter" for "airplane",
                // both aircraft) is English, only another thing.
                let rare =
                    !right[j].features.isCapitalized && lowerCaseCounterpart && wordNet.isRare(right[j].lowercased)
                    && counterpart.map {
                        !wordNet.isRare(left[$0].lowercased)
                            && !wordNet.areKin(
                                wordNet.senses(of: left[$0].lowercased), wordNet.senses(of: right[j].lowercased))
                    } == true
                guard unknown || capitalised || rare else { continue }
                keptVersion[j] = true
                if let counterpart { keptReference[counterpart] = true }
                // A slip of the finger ("purple" → "pruple") rather than another language's word;
                // a slip does not capitalise ("man" → "Mann").
                if let counterpart, unknown, Self.isSlip(left[counterpart].features.folded, right[j].features.folded) {
                    evidence.append(
                        .replaced(
                            .spelling, reference: left[counterpart].features.text, version: right[j].features.text))
                    continue
                }
                evidence.append(
                    .replaced(
                        .foreignWord, reference: counterpart.map { left[$0].features.text } ?? "",
                        version: right[j].features.text))
            }
        }
        return evidence
    }

    /// Whether two spellings are one slip apart: a letter inserted, dropped, replaced, or two
    /// neighbours swapped ("purple" → "pruple").
    private static func isSlip(_ a: String, _ b: String) -> Bool {
        let x = Array(a)
        let y = Array(b)
        guard x != y, abs(x.count - y.count) <= 1 else { return false }
        if x.count == y.count {
            let differing = x.indices.filter { x[$0] != y[$0] }
            return differing.count == 1
                || (differing.count == 2 && differing[1] == differing[0] + 1 && x[differing[0]] == y[differing[1]]
                    && x[differing[1]] == y[differing[0]])
        }
        let (short, long) = x.count < y.count ? (x, y) : (y, x)
        let first = short.indices.first { short[$0] != long[$0] } ?? short.count
        return short[first...].elementsEqual(long[(first + 1)...])
    }

    /// A currency or unit written as a sign on one side and as a word on the other, beside equal
    /// quantities ("$20.90" / "20.90 dollars", "50%" / "50 percent"): the words are accounted for.
    private mutating func accountUnits(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord]
    ) {
        for quantity in reference.quantities {
            guard let other = version.quantities.first(where: { $0.isSame(as: quantity) }), let a = quantity.unit,
                let b = other.unit,
                a != b, Self.sameUnit(a, b)
            else { continue }
            for i in left.indices where !keptReference[i] && left[i].features.folded == a { keptReference[i] = true }
            for j in right.indices where !keptVersion[j] && right[j].features.folded == b { keptVersion[j] = true }
        }
    }

    /// Signs and the words that name them.
    private static let unitNames: [String: Set<String>] = [
        "$": ["dollar", "dollars", "usd"], "€": ["euro", "euros", "eur"], "£": ["pound", "pounds", "gbp"],
        "¥": ["yen", "yuan"],
        "%": ["percent", "per", "cent"],
    ]

    private static func sameUnit(_ a: String, _ b: String) -> Bool {
        unitNames[a]?.contains(b) == true || unitNames[b]?.contains(a) == true
    }

    /// Whether reference word `i` and version word `j` stand between the same matched words.
    private static func sameGap(_ i: Int, _ j: Int, _ matches: [(Int, Int)]) -> Bool {
        let (before, after) = around(i, in: matches, otherCount: Int.max)
        return before < j && j < after
    }

    /// The partners of the nearest matched words before and after `index`, by binary search in
    /// `matches` (pairs of this side's index and the other's, ascending by this side's):
    /// -1 and `otherCount` where there is none.
    private static func around(_ index: Int, in matches: [(Int, Int)], otherCount: Int) -> (before: Int, after: Int) {
        var low = 0
        var high = matches.count
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].0 < index { low = mid + 1 } else { high = mid }
        }
        let before = low > 0 ? matches[low - 1].1 : -1
        var next = low
        while next < matches.count && matches[next].0 == index { next += 1 }
        let after = next < matches.count ? matches[next].1 : otherCount
        return (before, after)
    }

    /// The indices of the other side (of `otherCount` words) that word `index` of this side (of
    /// `count`) is compared with: all of them in a pair of up to `maxComparisons` pairs, else
    /// those within `reach` places of its relative position.
    static func neighbourhood(of index: Int, count: Int, otherCount: Int) -> Range<Int> {
        guard count * otherCount > maxComparisons else { return 0..<otherCount }
        let center = index * otherCount / max(count, 1)
        return max(0, center - reach)..<min(otherCount, center + reach + 1)
    }

    private func relative(_ index: Int, _ count: Int) -> Double {
        Double(index) / Double(max(count, 1))
    }

    /// Unmatched words next to a pair matched as synonyms are part of one multi-word rewording
    /// ("begat" → "became the father", "came to pass" → "happened"): they are accounted for
    /// with it.
    private mutating func absorbPhrases(_ left: [JudgedWord], _ right: [JudgedWord]) -> [Evidence] {
        var evidence: [Evidence] = []
        for match in matches where match.kind == .synonym {
            let lost = [match.reference - 1, match.reference + 1].filter {
                left.indices.contains($0) && !keptReference[$0]
            }
            let added = [match.version - 1, match.version + 1].filter { right.indices.contains($0) && !keptVersion[$0] }
            guard !lost.isEmpty || !added.isEmpty else { continue }
            for i in lost { keptReference[i] = true }
            for j in added { keptVersion[j] = true }
            evidence.append(
                .reworded(
                    reference: (lost + [match.reference]).sorted().map { left[$0].features.text },
                    version: (added + [match.version]).sorted().map { right[$0].features.text }))
        }
        return evidence
    }

    /// The unmatched content words in groups by place: a group with words of the reference only
    /// is lost, one with the version's only is added, one with both sides is a rewording. A
    /// word added where the reference has a pronoun the version lacks makes the pronoun
    /// explicit ("she" → "Naomi"): a rewording too.
    private func groups(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord], wordNet: WordNet?
    ) -> [Evidence] {
        let lostIndices = left.indices.filter { !keptReference[$0] }
        let addedIndices = right.indices.filter { !keptVersion[$0] }
        guard !lostIndices.isEmpty || !addedIndices.isEmpty else { return [] }
        // The version's gap of a reference word: between the partners of the nearest matched
        // words around it.
        func gap(of index: Int, matches: [(Int, Int)], otherCount: Int) -> ClosedRange<Int> {
            let (before, after) = Self.around(index, in: matches, otherCount: otherCount)
            return min(before, after)...max(before, after)
        }
        // The positions in `sorted` of the values strictly inside `range`.
        func inside(_ range: ClosedRange<Int>, _ sorted: [Int]) -> Range<Int> {
            func firstIndex(above value: Int) -> Int {
                var low = 0
                var high = sorted.count
                while low < high {
                    let mid = (low + high) / 2
                    if sorted[mid] <= value { low = mid + 1 } else { high = mid }
                }
                return low
            }
            let start = firstIndex(above: range.lowerBound)
            return start..<max(start, firstIndex(above: range.upperBound - 1))
        }
        let forward = matches.map { ($0.reference, $0.version) }
        let backward = matches.map { ($0.version, $0.reference) }.sorted { $0.0 < $1.0 }
        // Union of reference and version words that share a gap.
        var lostGroup = [Int](repeating: -1, count: lostIndices.count)
        var addedGroup = [Int](repeating: -1, count: addedIndices.count)
        var groupCount = 0
        for (a, i) in lostIndices.enumerated() {
            let range = gap(of: i, matches: forward, otherCount: right.count)
            let partners = inside(range, addedIndices)
            let existing =
                partners.map { addedGroup[$0] }.first { $0 >= 0 }
                ?? (a > 0 && lostIndices[a - 1] == i - 1 ? lostGroup[a - 1] : nil)
            let group =
                existing
                ?? {
                    groupCount += 1; return groupCount - 1
                }()
            lostGroup[a] = group
            for p in partners { addedGroup[p] = group }
        }
        for (b, j) in addedIndices.enumerated() where addedGroup[b] < 0 {
            let range = gap(of: j, matches: backward, otherCount: left.count)
            let partner = inside(range, lostIndices).first
            addedGroup[b] =
                partner.map { lostGroup[$0] }
                ?? (b > 0 && addedIndices[b - 1] == j - 1
                    ? addedGroup[b - 1]
                    : {
                        groupCount += 1; return groupCount - 1
                    }())
        }
        var lostMembers = [[Int]](repeating: [], count: groupCount)
        var addedMembers = [[Int]](repeating: [], count: groupCount)
        for (a, group) in lostGroup.enumerated() { lostMembers[group].append(lostIndices[a]) }
        for (b, group) in addedGroup.enumerated() { addedMembers[group].append(addedIndices[b]) }
        let referenceCounts = Self.counts(reference)
        let versionCounts = Self.counts(version)
        var evidence: [Evidence] = []
        for group in 0..<groupCount {
            let lostAt = lostMembers[group]
            let addedAt = addedMembers[group]
            let lost = lostAt.map { left[$0] }
            let added = addedAt.map { right[$0] }
            if lost.isEmpty,
                let word = Self.functionWord(
                    around: addedAt, backward, replacedIn: reference, left, counts: (referenceCounts, versionCounts))
            {
                evidence.append(.reworded(reference: [word], version: added.map(\.features.text)))
            } else if added.isEmpty,
                let word = Self.functionWord(
                    around: lostAt, forward, replacedIn: version, right, counts: (versionCounts, referenceCounts))
            {
                evidence.append(.reworded(reference: lost.map(\.features.text), version: [word]))
            } else if lost.isEmpty {
                evidence += added.map { .added(word: $0.features.text, role: $0.role) }
            } else if added.isEmpty {
                evidence += lost.map { .lost(word: $0.features.text, role: $0.role) }
            } else if lost.count == 1, added.count == 1, Self.otherMeaning(lost[0], added[0], wordNet) {
                evidence.append(
                    .replaced(.otherMeaning, reference: lost[0].features.text, version: added[0].features.text))
            } else {
                evidence.append(.reworded(reference: lost.map(\.features.text), version: added.map(\.features.text)))
            }
        }
        return evidence
    }

    /// Whether a noun or adjective put in the place of another of its kind says something else:
    /// both are words WordNet knows that it does not relate (`WordNet.areRelated`): "guitar" →
    /// "violin", "car" → "house", "red" → "blue"; not "corn" → "grain". Verbs are left to the
    /// learned score: WordNet relates too few of the verbs that rewordings put for one another
    /// (on the Bible pairs "tarry" → "stay", "bade" → "told" and "continued" → "lived" kept
    /// their meaning), and adverbs have no hypernyms to relate them by.
    ///
    /// Without WordNet (languages other than English), a word alone in the place of another
    /// that shares neither its start nor its end ("Männer" → "Frauen", "festgenommen" →
    /// "freigelassen"; not "Plan" → "Regierungsplan") is taken for another meaning: nothing
    /// explains the substitution, and a single one in an otherwise identical sentence is an
    /// edit far more often than a synonym.
    private static func otherMeaning(_ a: JudgedWord, _ b: JudgedWord, _ wordNet: WordNet?) -> Bool {
        guard let wordNet else {
            let (x, y) = (a.features.folded, b.features.folded)
            let shared = 4
            return a.role == .other && b.role == .other && x.count >= shared && y.count >= shared
                && x.prefix(shared) != y.prefix(shared) && x.suffix(shared) != y.suffix(shared)
        }
        guard a.role == b.role, a.role == .noun || a.role == .adjective else { return false }
        let senses = (wordNet.senses(of: a.lowercased), wordNet.senses(of: b.lowercased))
        return !senses.0.isUnknown && !senses.1.isUnknown && !wordNet.areRelated(senses.0, senses.1)
    }

    /// A function word of the other side, which this side has fewer of, between the matched
    /// words around a group of this side's unmatched words (`group`, indices into `words`;
    /// `matches` pairs this side's indices with the other's). An added word where the
    /// reference loses a pronoun makes it explicit ("she" → "Naomi"); one where it loses
    /// function words alone rewords them ("Who art thou?" → "How did it go?"). A single edit
    /// adds or drops a word and nothing else, so it leaves no such words.
    ///
    /// `counts` are the numbers of each word on the other side and on this one.
    private static func functionWord(
        around group: [Int], _ matches: [(Int, Int)], replacedIn other: PairSide, _ otherWords: [JudgedWord],
        counts: (other: [String: Int], side: [String: Int])
    ) -> String? {
        guard let first = group.first, let last = group.last else { return nil }
        let before = around(first, in: matches, otherCount: -1).before
        let after = around(last, in: matches, otherCount: -1).after
        // Token bounds on the other side: after the word matched before, before the word matched after.
        let low = before >= 0 ? otherWords[before].token : -1
        let high = after >= 0 ? otherWords[after].token : Int.max
        var start = 0
        var end = other.words.count
        while start < end {
            let mid = (start + end) / 2
            if other.words[mid].token <= low { start = mid + 1 } else { end = mid }
        }
        var missing: [JudgedWord] = []
        for word in other.words[start...] {
            guard word.token < high else { break }
            if !word.isContent && !articles.contains(word.lowercased)
                && counts.other[word.lowercased, default: 0] > counts.side[word.lowercased, default: 0]
            {
                missing.append(word)
            }
        }
        // A pronoun, or two function words or more: an article alone stands in for nothing
        // ("Iran's plant" → "the plant" loses the name).
        if let pronoun = missing.first(where: { Pronouns.isPronoun($0.lowercased) }) { return pronoun.features.text }
        return missing.count >= 2 ? missing.map(\.features.text).joined(separator: " ") : nil
    }

    private static let articles: Set<String> = ["the", "a", "an"]

    /// How often each word (lower-cased) occurs on a side.
    private static func counts(_ side: PairSide) -> [String: Int] {
        side.words.reduce(into: [:]) { $0[$1.lowercased, default: 0] += 1 }
    }

    // MARK: Grammar

    /// Negation, modality, pronouns, tense, question and swapped roles.
    private static func grammar(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord], matches: [Match],
        wordNet: WordNet?, lexicon: Lexicon
    ) -> [Evidence] {
        var evidence: [Evidence] = []
        if let negation = negation(reference, version, byCount: false) { evidence.append(negation) }
        func modals(_ side: PairSide) -> [(word: String, modality: String)] {
            // Words come in order, so each clause is a run of them.
            var result: [(word: String, modality: String)] = []
            let reported = lexicon.reportsSpeech(side.words.lazy.map(\.lowercased))
            var start = 0
            while start < side.words.count {
                var end = start
                while end < side.words.count && side.words[end].clause == side.words[start].clause { end += 1 }
                var inPurposeClause = false
                for word in side.words[start..<end] {
                    if let modality = lexicon.modality(
                        of: word.lowercased, inPurposeClause: inPurposeClause, startsSentence: word.startsSentence,
                        inReportedSpeech: reported)
                    {
                        result.append((word.features.text, modality))
                    }
                    if lexicon.purposeLinks.contains(word.lowercased) { inPurposeClause = true }
                }
                start = end
            }
            return result
        }
        let leftModal = modals(reference)
        let rightModal = modals(version)
        if Set(leftModal.map(\.modality)) != Set(rightModal.map(\.modality)) {
            evidence.append(
                .replaced(
                    .modality, reference: leftModal.map(\.word).joined(separator: " "),
                    version: rightModal.map(\.word).joined(separator: " ")))
        }
        // Pronouns and tense are read by English tables.
        let english = lexicon.language == "en"
        if english,
            let pronouns = Pronouns.replacement(reference.words.map(\.lowercased), version.words.map(\.lowercased))
        {
            evidence.append(.replaced(.pronoun, reference: pronouns.reference, version: pronouns.version))
        }
        if english,
            let tense = Tense.change(
                reference, version, left, right, matches: matches.map { ($0.reference, $0.version) }, wordNet: wordNet)
        {
            evidence.append(.replaced(.tense, reference: tense.reference, version: tense.version))
        }
        if reference.isQuestion != version.isQuestion {
            evidence.append(
                .replaced(.question, reference: reference.isQuestion ? "?" : "", version: version.isQuestion ? "?" : "")
            )
        }
        if let swap = swappedRoles(reference, version, left, right, matches: matches, wordNet: wordNet) {
            evidence.append(.replaced(.rolesSwapped, reference: swap.0, version: swap.1))
        }
        return evidence
    }

    /// A negation added or dropped: one side negates and the other does not, or, `byCount`,
    /// one side has more negations than the other.
    private static func negation(_ reference: PairSide, _ version: PairSide, byCount: Bool) -> Evidence? {
        let left = reference.words.filter(\.isNegation).map(\.features.text)
        let right = version.words.filter(\.isNegation).map(\.features.text)
        guard byCount ? left.count != right.count : left.isEmpty != right.isEmpty else { return nil }
        return left.count > right.count
            ? .replaced(.negation, reference: left.joined(separator: " "), version: "")
            : .replaced(.negation, reference: "", version: right.joined(separator: " "))
    }

    /// Two matched nouns or names on either side of a matched verb whose order the version
    /// reverses, the verb still between them: "the police arrested the protesters" → "the
    /// protesters arrested the police". A passive ("… were arrested by the police") is no swap.
    private static func swappedRoles(
        _ reference: PairSide, _ version: PairSide, _ left: [JudgedWord], _ right: [JudgedWord], matches: [Match],
        wordNet: WordNet?
    ) -> (String, String)? {
        let nounLike: Set<WordRole> = [.noun, .name, .other]
        let nouns = matches.filter { nounLike.contains(left[$0.reference].role) && $0.kind != .quantity }
        // A verb, or a word that can be one ("attacks").
        let verbs = matches.filter {
            left[$0.reference].role == .verb || right[$0.version].role == .verb
                || wordNet?.canBeVerb(left[$0.reference].lowercased) == true
        }
        // Roles are swapped within a clause or two: each noun looks at the next `reach` nouns.
        for (a, first) in nouns.enumerated() {
            for second in nouns[(a + 1)..<min(nouns.count, a + 1 + reach)] where first.version > second.version {
                // The verbs come in the reference's order: those between the two nouns.
                var low = 0
                var high = verbs.count
                while low < high {
                    let mid = (low + high) / 2
                    if verbs[mid].reference <= first.reference { low = mid + 1 } else { high = mid }
                }
                guard
                    verbs[low...].prefix(while: { $0.reference < second.reference }).contains(where: {
                        second.version < $0.version && $0.version < first.version
                    })
                else { continue }
                let passive = { (side: PairSide, from: Int, to: Int) in
                    side.words.contains { $0.token > from && $0.token < to && $0.lowercased == "by" }
                }
                if passive(reference, left[first.reference].token, left[second.reference].token)
                    || passive(version, right[second.version].token, right[first.version].token)
                {
                    continue
                }
                return (left[first.reference].features.text, left[second.reference].features.text)
            }
        }
        return nil
    }
}
