/// Text of a document that is web page furniture, not article: an ad label, a read time, a
/// share prompt, a leading date stamp.
public struct BoilerplateSpan: Sendable, Hashable {
    /// The sentence it is in.
    public var sentence: Int
    /// Unicode scalar offsets, `[start, end)`: the whole sentence, or its leading stamp.
    public var span: Range<Int>
    /// What it is: "advertisement", "read time", "date stamp", …
    public var reason: String
    /// Whether the whole sentence is boilerplate (otherwise only its start).
    public var wholeSentence: Bool
}
