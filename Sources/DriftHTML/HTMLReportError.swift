/// A template or asset of the HTML report that is missing or broken.
public struct HTMLReportError: Error, CustomStringConvertible, Sendable {
    /// The resource's file name, `report.mustache`.
    public let resource: String
    public let message: String

    public var description: String { "the HTML report's \(resource) \(message)" }
}
