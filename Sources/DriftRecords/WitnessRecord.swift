/// What another version has where a finding points: its path and the excerpt.
public struct WitnessRecord: Codable, Sendable, Equatable {
    public var path: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(path: String, excerpt: ExcerptRecord) {
        self.path = path
        start = excerpt.start
        end = excerpt.end
        text = excerpt.text
    }
}
