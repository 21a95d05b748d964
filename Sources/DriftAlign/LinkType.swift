/// How reference sentences correspond to version sentences in one alignment link.
public enum LinkType: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
    case oneToOne = "1-1"
    case oneToTwo = "1-2"
    case twoToOne = "2-1"
    case twoToTwo = "2-2"
    case oneToThree = "1-3"
    case threeToOne = "3-1"
    /// A reference sentence with no counterpart in the version.
    case omitted = "1-0"
    /// A version sentence with no counterpart in the reference.
    case added = "0-1"
    /// A reference sentence that the version has elsewhere, out of order.
    case moved

    /// The in-order link of `reference` reference sentences and `version` version sentences.
    init?(reference: Int, version: Int) {
        self.init(rawValue: "\(reference)-\(version)")
    }

    /// The number of reference and version sentences a link of this type holds.
    public var counts: (reference: Int, version: Int) {
        switch self {
        case .oneToOne, .moved: (1, 1)
        case .oneToTwo: (1, 2)
        case .twoToOne: (2, 1)
        case .twoToTwo: (2, 2)
        case .oneToThree: (1, 3)
        case .threeToOne: (3, 1)
        case .omitted: (1, 0)
        case .added: (0, 1)
        }
    }
}
