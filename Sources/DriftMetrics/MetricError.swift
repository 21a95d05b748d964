/// A metric option drift cannot honour.
public enum MetricError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A sacreBLEU tokenizer that needs a component drift does not ship (MeCab, SentencePiece).
    case unsupportedTokenizer(String)
    /// A name that is no tokenizer at all.
    case unknownTokenizer(String)
    /// A smoothing method sacreBLEU does not have.
    case unknownSmoothing(String)
    /// A metric drift does not compute.
    case unknownMetric(String)

    public var description: String {
        switch self {
        case .unsupportedTokenizer(let name):
            "the BLEU tokenizer '\(name)' is not supported by drift (it needs MeCab or SentencePiece); "
                + "use one of: \(BLEUTokenizer.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownTokenizer(let name):
            "unknown BLEU tokenizer '\(name)'; use one of: \(BLEUTokenizer.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownSmoothing(let name):
            "unknown smoothing method '\(name)'; use one of: \(BLEUSmoothing.Method.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownMetric(let name):
            "unknown metric '\(name)'; use bleu, chrf, chrf++ or ter"
        }
    }
}
