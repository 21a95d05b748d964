/// Checks of the code-point spans a record holds.
enum Span {
    /// Throws unless `span` lies within `0…limit`.
    static func check(_ span: Range<Int>?, within limit: Int, at path: String) throws(RecordError) {
        guard let span else { return }
        guard span.lowerBound >= 0, span.upperBound <= limit else {
            throw RecordError(path: path, message: "[\(span.lowerBound), \(span.upperBound)] is outside 0…\(limit)")
        }
    }
}
