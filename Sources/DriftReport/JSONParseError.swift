/// Why a line is not valid JSON; `offset` counts Unicode scalars from the start of the line.
public struct JSONParseError: Error, CustomStringConvertible, Sendable, Equatable {
    public let message: String
    public let offset: Int

    public var description: String { "\(message) at character \(offset + 1)" }
}
