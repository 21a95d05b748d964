public import DriftKit

/// How a batch compares its items.
public struct BatchOptions: Sendable {
    /// The language of items that name none: `auto` (the reference's), a code or a stemmer's name.
    public var language: String
    /// Add each comparison's whole record (`comparison`).
    public var details: Bool
    /// Add the seconds each comparison took (`seconds`); without them the output of a batch
    /// is the same, byte for byte, from run to run and whatever the number of jobs.
    public var timings: Bool
    /// Replace invalid UTF-8 with U+FFFD instead of failing the item.
    public var lossy: Bool
    /// The largest file accepted, in bytes.
    public var maxBytes: Int

    public init(
        language: String = "auto", details: Bool = false, timings: Bool = false, lossy: Bool = false,
        maxBytes: Int = Document.defaultMaxBytes
    ) {
        self.language = language
        self.details = details
        self.timings = timings
        self.lossy = lossy
        self.maxBytes = maxBytes
    }
}
