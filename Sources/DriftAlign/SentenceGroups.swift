/// The profiles of every run of one, two and three consecutive sentences of a text, and where
/// its paragraphs start.
struct SentenceGroups {
    private var groups: [[SentenceProfile]]
    private let startsParagraph: [Bool]

    init(_ profiles: [SentenceProfile], startsParagraph: [Bool]) {
        var pairs: [SentenceProfile] = []
        var triples: [SentenceProfile] = []
        for index in profiles.indices.dropLast() {
            pairs.append(profiles[index].merged(with: profiles[index + 1]))
            if index + 2 < profiles.count { triples.append(pairs[index].merged(with: profiles[index + 2])) }
        }
        groups = [profiles, pairs, triples]
        self.startsParagraph = startsParagraph
    }

    /// The number of sentences.
    var count: Int { groups[0].count }

    /// The profile of sentences `start..<start + count`, count 1…3.
    func profile(_ start: Int, count: Int) -> SentenceProfile {
        groups[count - 1][start]
    }

    /// How many of sentences `start + 1..<start + count` start a paragraph.
    func paragraphStarts(_ start: Int, count: Int) -> Int {
        (start + 1..<start + count).reduce(0) { $0 + (startsParagraph[$1] ? 1 : 0) }
    }
}
