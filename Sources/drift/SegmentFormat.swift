/// Output formats of `drift segment`.
enum SegmentFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal: index, offsets, sentence.
    case text
    /// One JSON object per sentence and line: `{"path", "index", "start", "end", "text"}`.
    case jsonl
}
