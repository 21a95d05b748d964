/// An inverted index from word features to the sentences holding them, to find the few
/// sentences worth comparing with a given one without comparing all pairs.
struct CandidateIndex {
    private var postings: [UInt32: [Int]] = [:]
    /// How many of a sentence's rarest features are looked up.
    private let probes: Int
    /// The most sentences taken from one feature's postings.
    private let maxPostings: Int

    init(_ profiles: [SentenceProfile], probes: Int = 5, maxPostings: Int = 64) {
        self.probes = probes
        self.maxPostings = maxPostings
        for (index, profile) in profiles.enumerated() {
            for key in profile.words.keys { postings[key, default: []].append(index) }
        }
    }

    /// Sentences sharing one of the rarest word features of `profile`, ascending.
    func candidates(for profile: SentenceProfile) -> [Int] {
        let lists = profile.words.keys.compactMap { postings[$0] }.sorted { $0.count < $1.count }
        var found = Set<Int>()
        for list in lists.prefix(probes) { found.formUnion(list.prefix(maxPostings)) }
        return found.sorted()
    }
}
